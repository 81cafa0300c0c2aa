/**
 * Faces plumbing shared by the applications: messages from resource bundles, validation of command records with
 * messages next to the fields of a form, and the way errors reach the friendly error pages (ajax and full-page).
 */
package shop.agora.web.common.faces;
