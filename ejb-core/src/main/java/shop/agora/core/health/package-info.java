/** MicroProfile Health checks for what the shop cannot work without: the database and the broker. */
package shop.agora.core.health;
