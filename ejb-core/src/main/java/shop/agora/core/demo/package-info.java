/** Start-up seeding: the first administrator of an installation, and the demo shop of ./run.sh. */
package shop.agora.core.demo;
