/**
 * Message-driven beans, one per (event, reaction), named after what they consume. Each one only reads the event,
 * claims it in {@link shop.agora.core.events.ProcessedEvents} (idempotency) and calls a core service as SYSTEM;
 * an exception rolls everything back and the broker redelivers, then dead-letters.
 */
package shop.agora.listeners;
