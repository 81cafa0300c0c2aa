package shop.agora.core.accounts;

import shop.agora.core.shared.DomainException;

/**
 * Registration could not create the account. The message never says whether the email already has an account, so
 * the form cannot be used to find out who shops here.
 */
public class RegistrationRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RegistrationRefusedException() {
        super("We could not create an account with these details. If you already have an account, please sign in.");
    }
}
