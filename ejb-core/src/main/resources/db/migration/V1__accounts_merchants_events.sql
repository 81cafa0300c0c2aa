-- Accounts, merchants and the record of processed events (idempotent consumers).

create table merchant (
    id            bigint generated always as identity primary key,
    name          varchar(120) not null,
    contact_email varchar(254) not null,
    created_at    timestamptz  not null
);
create unique index merchant_name_key on merchant (lower(name));

create table account (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null,
    password_hash varchar(200) not null,
    display_name  varchar(100) not null,
    role          varchar(20)  not null check (role in ('CUSTOMER', 'MERCHANT', 'ADMIN')),
    merchant_id   bigint references merchant (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    constraint account_email_key unique (email),
    constraint account_email_lower check (email = lower(email)),
    constraint account_merchant_role check ((role = 'MERCHANT') = (merchant_id is not null))
);
create index account_merchant_idx on account (merchant_id);

-- One row per (consumer, event) that a message-driven bean has acted on, written in the consumer's transaction.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
