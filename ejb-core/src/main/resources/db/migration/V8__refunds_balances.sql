-- After-sales: the refund policy admins edit, premium customers, refund requests after delivery, and each
-- customer's balance with the shop (wallet refunds and store credit), a ledger of signed entries.

create table refund_policy (
    id               integer       primary key check (id = 1),
    instant_days     integer       not null check (instant_days >= 0),
    instant_limit    numeric(12,2) not null check (instant_limit >= 0),
    partial_days     integer       not null,
    premium_percent  integer       not null check (premium_percent between 0 and 100),
    standard_percent integer       not null check (standard_percent between 0 and 100),
    credit_days      integer       not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(254)  not null,
    constraint refund_policy_periods_in_order check (instant_days <= partial_days and partial_days <= credit_days)
);
insert into refund_policy values (1, 7, 100.00, 30, 75, 50, 90, now(), 'platform defaults');

alter table account add column premium boolean not null default false;

create table refund_request (
    id           bigint generated always as identity primary key,
    order_id     bigint        not null unique references customer_order (id),
    account_id   bigint        not null references account (id),
    requested_at timestamptz   not null,
    reason       varchar(300),
    outcome      varchar(20)   not null check (outcome in ('WALLET', 'CARD', 'PARTIAL', 'STORE_CREDIT', 'DENIED')),
    percent      integer       not null,
    amount       numeric(12,2) not null check (amount >= 0),
    rule         varchar(300)  not null,
    status       varchar(10)   not null check (status in ('PENDING', 'DONE', 'DENIED')),
    completed_at timestamptz
);

create table balance_entry (
    id         bigint generated always as identity primary key,
    account_id bigint        not null references account (id),
    kind       varchar(20)   not null check (kind in ('WALLET', 'STORE_CREDIT')),
    amount     numeric(12,2) not null check (amount <> 0),
    currency   char(3)       not null,
    order_id   bigint references customer_order (id),
    note       varchar(200)  not null,
    created_at timestamptz   not null
);
create index balance_entry_account_idx on balance_entry (account_id, id desc);

-- every refund booked against a payment, once per idempotency key (a cancellation, a refund request)
create table payment_refund (
    id              bigint generated always as identity primary key,
    payment_id      bigint        not null references payment (id),
    idempotency_key varchar(80)   not null unique,
    amount          numeric(12,2) not null check (amount > 0),
    refund_id       varchar(80)   not null,
    created_at      timestamptz   not null
);
