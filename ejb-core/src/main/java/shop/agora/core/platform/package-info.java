/**
 * The platform under the components: container resources (database, broker), schema migrations at start-up and
 * demo data.
 */
package shop.agora.core.platform;
