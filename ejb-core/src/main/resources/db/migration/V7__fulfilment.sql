-- After the order: a paid order's holds stop expiring (CONFIRMED) until "Order Confirmed" sells them (SOLD); a
-- cancelled order's sold units come back (RETURNED). Holds confirmed under the earlier rule were already sold.
alter table stock_hold drop constraint stock_hold_status_check;
update stock_hold set status = 'SOLD' where status = 'CONFIRMED';
alter table stock_hold add constraint stock_hold_status_check
    check (status in ('HELD', 'CONFIRMED', 'SOLD', 'RELEASED', 'RETURNED'));

-- shipped (the first parcel picked up), fulfilled (everything delivered), and the refund states of after-sales
alter table customer_order drop constraint customer_order_status_check;
alter table customer_order add constraint customer_order_status_check
    check (status in ('AWAITING_PAYMENT', 'PAYMENT_FAILED', 'PAID', 'CONFIRMED', 'SHIPPED', 'FULFILLED',
                      'CANCELLED', 'REFUND_PENDING', 'REFUNDED', 'PARTIALLY_REFUNDED', 'CREDIT_ISSUED'));
alter table customer_order add column delivered_at timestamptz;

-- one parcel per merchant and warehouse of an order, registered with the carrier, with its printable label
create table shipment (
    id              bigint generated always as identity primary key,
    order_id        bigint       not null references customer_order (id),
    merchant_id     bigint       not null references merchant (id),
    warehouse_id    bigint       not null references warehouse (id),
    number          varchar(30)  not null unique,
    carrier         varchar(40)  not null,
    service         varchar(100) not null,
    tracking_number varchar(40)  not null unique,
    status          varchar(20)  not null check (status in ('LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED',
                                                            'CANCELLED')),
    weight_grams    integer      not null,
    label_pdf       bytea        not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    delivered_at    timestamptz,
    version         bigint       not null default 0,
    unique (order_id, merchant_id, warehouse_id)
);
create index shipment_merchant_idx on shipment (merchant_id, id desc);
create index shipment_open_idx on shipment (id) where status in ('LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT');

create table shipment_line (
    shipment_id   bigint  not null references shipment (id) on delete cascade,
    order_line_id bigint  not null references order_line (id),
    quantity      integer not null check (quantity > 0),
    primary key (shipment_id, order_line_id)
);

-- the tracking timeline, as the carrier reports it
create table shipment_event (
    id          bigint generated always as identity primary key,
    shipment_id bigint       not null references shipment (id) on delete cascade,
    at          timestamptz  not null,
    status      varchar(20)  not null,
    location    varchar(100),
    description varchar(200) not null,
    unique (shipment_id, status)
);

-- the sandbox carrier's own register (what a carrier keeps on its side): a replayed key gives the same parcel
create table sandbox_parcel (
    tracking_number varchar(40)  primary key,
    idempotency_key varchar(80)  not null unique,
    from_city       varchar(100) not null,
    to_city         varchar(100) not null,
    registered_at   timestamptz  not null,
    cancelled_at    timestamptz
);

-- emails: what was sent or failed, for the back office
alter table email_message add column status varchar(10) not null default 'SENT'
    check (status in ('SENT', 'FAILED'));
alter table email_message add column error varchar(500);
alter table email_message add column reference varchar(40);
create index email_message_reference_idx on email_message (reference);

-- serial numbers of the sandbox carrier's tracking numbers (UPU S10 format: AG 12345678 9 NL)
create sequence sandbox_parcel_seq start with 10000000;

-- every published event (what the admin "Events" page shows per order) and every failed attempt of a consumer;
-- successes are the claims in processed_event
create table event_log (
    event_id     uuid         primary key,
    type         varchar(60)  not null,
    topic        varchar(100) not null,
    subject      varchar(40),
    payload      text         not null,
    published_at timestamptz  not null
);
create index event_log_subject_idx on event_log (subject, published_at);
create index event_log_published_idx on event_log (published_at desc);

create table event_failure (
    id       bigint generated always as identity primary key,
    consumer varchar(80)   not null,
    event_id uuid          not null,
    at       timestamptz   not null,
    error    varchar(1000) not null
);
create index event_failure_event_idx on event_failure (event_id, id);

-- how often each consumer was handed each event (a redelivery or a duplicate counts; the effect happens once)
alter table processed_event add column deliveries integer not null default 1;
