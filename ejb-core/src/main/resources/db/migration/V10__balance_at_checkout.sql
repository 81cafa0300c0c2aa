-- Balance at checkout: a signed-in customer pays (part of) an order with their store credit and wallet. The order
-- keeps what it takes from each kind; the card pays the rest, or nothing when the balance covers the total (then a
-- payment row of gateway 'balance' records it).
alter table customer_order add column store_credit_paid numeric(12,2) not null default 0
    check (store_credit_paid >= 0);
alter table customer_order add column wallet_paid numeric(12,2) not null default 0
    check (wallet_paid >= 0);
alter table customer_order add constraint customer_order_balance_within_total
    check (store_credit_paid + wallet_paid <= total);

-- Spending is one negative entry per kind that pays for the order (pays_order). Giving it back (the payment failed,
-- the order was cancelled or never paid) is one positive entry naming the entry it returns: the unique key makes
-- that happen at most once, however often an event is delivered.
alter table balance_entry add column pays_order boolean not null default false;
alter table balance_entry add column returns_entry_id bigint unique references balance_entry (id);
alter table balance_entry add constraint balance_entry_pays_an_order
    check (not pays_order or (amount < 0 and order_id is not null));
alter table balance_entry add constraint balance_entry_returns_a_payment
    check (returns_entry_id is null or (amount > 0 and not pays_order));
create index balance_entry_order_idx on balance_entry (order_id) where order_id is not null;
