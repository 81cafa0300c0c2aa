-- Card payments left pending (the server or the broker failed between the gateway's answer and its booking) are
-- settled by a timer that asks the gateway what became of each attempt's idempotency key. An attempt that never
-- reached the gateway is closed as ABANDONED: nothing was charged, and paying again reuses its key.
alter table payment drop constraint payment_status_check;
alter table payment add constraint payment_status_check
    check (status in ('PENDING', 'SUCCEEDED', 'DECLINED', 'FAILED', 'REFUNDED', 'ABANDONED'));
-- who booked the outcome: 'payment gateway' (its answer to the charge) or 'reconciliation' (the timer's look-up)
alter table payment add column booked_by varchar(40);
-- the reconciliation's scan: the pending attempts, oldest first
create index payment_pending_idx on payment (updated_at) where status = 'PENDING';

-- the sandbox gateway answers a look-up by key with the card it charged, as a processor does
alter table sandbox_charge add column card_brand varchar(20);
alter table sandbox_charge add column card_last4 char(4);
