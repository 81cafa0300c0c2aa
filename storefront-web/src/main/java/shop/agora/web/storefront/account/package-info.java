/** The signed-in customer's own pages (/shop/account/*, customers only). */
package shop.agora.web.storefront.account;
