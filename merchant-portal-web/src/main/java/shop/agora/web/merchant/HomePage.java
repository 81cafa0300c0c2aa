package shop.agora.web.merchant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import shop.agora.core.merchants.MerchantService;
import shop.agora.core.merchants.MerchantView;

/** Backing bean of {@code index.xhtml}: the merchant user's start page, about the shop they work for. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    MerchantService merchants;

    private MerchantView merchant;

    public MerchantView getMerchant() {
        if (merchant == null) {
            merchant = merchants.myMerchant();
        }
        return merchant;
    }
}
