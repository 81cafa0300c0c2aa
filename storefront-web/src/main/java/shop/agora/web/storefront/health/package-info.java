/**
 * MicroProfile Health checks for what the shop cannot work without: the database and the broker. They live in a web
 * module because Payara's health endpoint collects checks from web modules only, not from EJB modules of an EAR.
 */
package shop.agora.web.storefront.health;
