-- Inventory: warehouses, stock per SKU and warehouse, holds for orders, and the movement ledger from which every
-- level can be recomputed. The database itself refuses negative stock and promising the same unit twice.

create table warehouse (
    id          bigint generated always as identity primary key,
    code        varchar(20)  not null unique,
    name        varchar(100) not null,
    street      varchar(200) not null,
    postal_code varchar(20)  not null,
    city        varchar(100) not null,
    country     char(2)      not null,
    created_at  timestamptz  not null
);

create table stock_level (
    sku_id       bigint  not null references sku (id) on delete cascade,
    warehouse_id bigint  not null references warehouse (id),
    on_hand      integer not null default 0,
    held         integer not null default 0,
    version      bigint  not null default 0,
    primary key (sku_id, warehouse_id),
    constraint stock_level_on_hand_not_negative check (on_hand >= 0),
    constraint stock_level_held_not_negative check (held >= 0),
    constraint stock_level_not_promised_twice check (held <= on_hand)
);

create table stock_hold (
    id           bigint generated always as identity primary key,
    reference    varchar(60) not null,
    sku_id       bigint      not null references sku (id),
    warehouse_id bigint      not null references warehouse (id),
    quantity     integer     not null check (quantity > 0),
    status       varchar(10) not null check (status in ('HELD', 'CONFIRMED', 'RELEASED')),
    expires_at   timestamptz not null,
    created_at   timestamptz not null
);
create index stock_hold_reference_idx on stock_hold (reference);
create index stock_hold_expiry_idx on stock_hold (expires_at) where status = 'HELD';

-- append-only: quantities are signed changes of on_hand and held
create table stock_movement (
    id            bigint generated always as identity primary key,
    sku_id        bigint      not null references sku (id),
    warehouse_id  bigint      not null references warehouse (id),
    kind          varchar(12) not null check (kind in ('RECEIPT', 'SALE', 'ADJUSTMENT', 'HOLD', 'RELEASE', 'RETURN')),
    on_hand_delta integer     not null,
    held_delta    integer     not null,
    reason        varchar(200),
    reference     varchar(60),
    actor         varchar(254) not null,
    created_at    timestamptz not null
);
create index stock_movement_sku_idx on stock_movement (sku_id, warehouse_id, id);
