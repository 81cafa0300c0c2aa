-- Orders: stored carts of signed-in customers, address books, the shipping rate table and tax rates that admins
-- edit, orders with their lines and status history, and payments. Amounts are numeric(12,2) in the order's
-- currency, never floating point.

create table cart (
    id         bigint generated always as identity primary key,
    account_id bigint      not null unique references account (id) on delete cascade,
    updated_at timestamptz not null
);

create table cart_line (
    cart_id  bigint      not null references cart (id) on delete cascade,
    sku_id   bigint      not null references sku (id) on delete cascade,
    quantity integer     not null check (quantity between 1 and 99),
    added_at timestamptz not null,
    primary key (cart_id, sku_id)
);

create table address (
    id          bigint generated always as identity primary key,
    account_id  bigint       not null references account (id) on delete cascade,
    full_name   varchar(120) not null,
    street      varchar(200) not null,
    postal_code varchar(20)  not null,
    city        varchar(100) not null,
    country     char(2)      not null,
    phone       varchar(40),
    created_at  timestamptz  not null
);
create index address_account_idx on address (account_id);

-- shipping: a zone is a set of countries; each zone offers methods, priced by weight up to a limit
create table shipping_zone (
    id        bigint generated always as identity primary key,
    code      varchar(20)  not null unique,
    name      varchar(100) not null,
    countries varchar(400) not null -- comma-separated ISO codes; '*' is the rest of the world
);

create table shipping_method (
    id               bigint generated always as identity primary key,
    zone_id          bigint        not null references shipping_zone (id) on delete cascade,
    code             varchar(20)   not null,
    name             varchar(100)  not null,
    delivery_days    varchar(20)   not null,
    free_over_amount numeric(12,2) check (free_over_amount >= 0),
    position         integer       not null default 0,
    unique (zone_id, code)
);

create table shipping_rate (
    id          bigint generated always as identity primary key,
    method_id   bigint        not null references shipping_method (id) on delete cascade,
    up_to_grams integer       not null check (up_to_grams > 0),
    price       numeric(12,2) not null check (price >= 0),
    unique (method_id, up_to_grams)
);

create table tax_rate (
    country char(2)      primary key,
    name    varchar(100) not null,
    rate    numeric(6,4) not null check (rate >= 0 and rate < 1)
);

create sequence order_number_seq start with 1001;

create table customer_order (
    id               bigint generated always as identity primary key,
    number           varchar(20)   not null unique,
    checkout_token   uuid          not null unique, -- one order per checkout, however often it is submitted
    account_id       bigint references account (id),
    email            varchar(254)  not null,
    status           varchar(20)   not null check (status in ('AWAITING_PAYMENT', 'PAYMENT_FAILED', 'PAID',
                                                              'CONFIRMED', 'FULFILLED', 'CANCELLED')),
    status_reason    varchar(300),
    ship_name        varchar(120)  not null,
    ship_street      varchar(200)  not null,
    ship_postal_code varchar(20)   not null,
    ship_city        varchar(100)  not null,
    ship_country     char(2)       not null,
    ship_phone       varchar(40),
    shipping_method  varchar(100)  not null,
    currency         char(3)       not null,
    subtotal         numeric(12,2) not null check (subtotal >= 0),
    shipping         numeric(12,2) not null check (shipping >= 0),
    tax              numeric(12,2) not null check (tax >= 0),
    tax_rate         numeric(6,4)  not null,
    total            numeric(12,2) not null check (total >= 0),
    payment_attempt  integer       not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    constraint customer_order_total_adds_up check (total = subtotal + shipping + tax)
);
create index customer_order_account_idx on customer_order (account_id, id desc);
create index customer_order_status_idx on customer_order (status, updated_at);

create table order_line (
    id           bigint generated always as identity primary key,
    order_id     bigint        not null references customer_order (id) on delete cascade,
    position     integer       not null,
    sku_id       bigint        not null references sku (id),
    product_id   bigint        not null,
    merchant_id  bigint        not null references merchant (id),
    product_name varchar(200)  not null,
    product_slug varchar(220)  not null,
    sku_code     varchar(64)   not null,
    sku_label    varchar(100)  not null,
    unit_price   numeric(12,2) not null check (unit_price >= 0),
    quantity     integer       not null check (quantity between 1 and 99),
    weight_grams integer       not null
);
create index order_line_order_idx on order_line (order_id);
create index order_line_merchant_idx on order_line (merchant_id, order_id);

create table order_history (
    id          bigint generated always as identity primary key,
    order_id    bigint       not null references customer_order (id) on delete cascade,
    at          timestamptz  not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    actor       varchar(254) not null,
    note        varchar(300)
);
create index order_history_order_idx on order_history (order_id, id);

create table payment (
    id                bigint generated always as identity primary key,
    order_id          bigint        not null references customer_order (id),
    idempotency_key   varchar(80)   not null unique,
    status            varchar(20)   not null check (status in ('PENDING', 'SUCCEEDED', 'DECLINED', 'FAILED',
                                                               'REFUNDED')),
    amount            numeric(12,2) not null,
    currency          char(3)       not null,
    gateway           varchar(20)   not null,
    charge_id         varchar(80),
    card_brand        varchar(20),
    card_last4        char(4),
    failure_code      varchar(40),
    failure_message   varchar(300),
    refunded_amount   numeric(12,2) not null default 0,
    refund_id         varchar(80),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);
create index payment_order_idx on payment (order_id, id);
-- at most one successful charge per order
create unique index payment_one_success_idx on payment (order_id) where status in ('SUCCEEDED', 'REFUNDED');

-- the sandbox gateway's own ledger (what a card processor keeps on its side), so that an idempotency key replayed
-- after a restart gets the first answer back
create table sandbox_charge (
    idempotency_key varchar(80)   primary key,
    charge_id       varchar(80)   not null unique,
    token           varchar(80)   not null,
    amount          numeric(12,2) not null,
    currency        char(3)       not null,
    outcome         varchar(40)   not null,
    refunded        numeric(12,2) not null default 0,
    created_at      timestamptz   not null
);

create table sandbox_refund (
    idempotency_key varchar(80)   primary key,
    refund_id       varchar(80)   not null unique,
    charge_id       varchar(80)   not null references sandbox_charge (charge_id),
    amount          numeric(12,2) not null check (amount > 0),
    created_at      timestamptz   not null
);

-- demo-independent defaults an admin can edit: EU-style zones in EUR and a few tax rates
insert into shipping_zone (code, name, countries) values
    ('DOMESTIC', 'Netherlands', 'NL'),
    ('EU', 'European Union', 'AT,BE,BG,CY,CZ,DE,DK,EE,ES,FI,FR,GR,HR,HU,IE,IT,LT,LU,LV,MT,PL,PT,RO,SE,SI,SK'),
    ('WORLD', 'Rest of the world', '*');
insert into shipping_method (zone_id, code, name, delivery_days, free_over_amount, position)
select z.id, m.code, m.name, m.days, m.free, m.position
from shipping_zone z
join (values ('DOMESTIC', 'STANDARD', 'Standard', '1-2', 50.00, 0), ('DOMESTIC', 'EXPRESS', 'Express', 'next day', null, 1),
             ('EU', 'STANDARD', 'Standard', '2-5', 100.00, 0), ('EU', 'EXPRESS', 'Express', '1-2', null, 1),
             ('WORLD', 'STANDARD', 'International', '5-10', null, 0))
     as m (zone, code, name, days, free, position) on m.zone = z.code;
insert into shipping_rate (method_id, up_to_grams, price)
select m.id, r.grams, r.price
from shipping_method m join shipping_zone z on z.id = m.zone_id
join (values ('DOMESTIC', 'STANDARD', 2000, 4.95), ('DOMESTIC', 'STANDARD', 10000, 6.95),
             ('DOMESTIC', 'STANDARD', 30000, 12.95), ('DOMESTIC', 'EXPRESS', 2000, 9.95),
             ('DOMESTIC', 'EXPRESS', 10000, 14.95), ('DOMESTIC', 'EXPRESS', 30000, 24.95),
             ('EU', 'STANDARD', 2000, 9.95), ('EU', 'STANDARD', 10000, 16.95), ('EU', 'STANDARD', 30000, 29.95),
             ('EU', 'EXPRESS', 2000, 19.95), ('EU', 'EXPRESS', 10000, 29.95), ('EU', 'EXPRESS', 30000, 49.95),
             ('WORLD', 'STANDARD', 2000, 24.95), ('WORLD', 'STANDARD', 10000, 44.95),
             ('WORLD', 'STANDARD', 30000, 89.95))
     as r (zone, method, grams, price) on r.zone = z.code and r.method = m.code;
insert into tax_rate (country, name, rate) values
    ('NL', 'BTW 21%', 0.21), ('DE', 'MwSt 19%', 0.19), ('BE', 'BTW/TVA 21%', 0.21), ('FR', 'TVA 20%', 0.20),
    ('AT', 'USt 20%', 0.20), ('ES', 'IVA 21%', 0.21), ('IT', 'IVA 22%', 0.22), ('LU', 'TVA 17%', 0.17);
