-- Replenishment: suppliers, per-SKU stock policy (low-stock threshold, usual supplier), the daily low-stock check
-- and its alerts, and numbered purchase orders that are received into a warehouse.

create table supplier (
    id             bigint generated always as identity primary key,
    name           varchar(100) not null unique,
    email          varchar(254) not null,
    lead_time_days integer      not null check (lead_time_days between 0 and 365),
    created_at     timestamptz  not null
);

create table stock_policy (
    sku_id              bigint primary key references sku (id) on delete cascade,
    low_stock_threshold integer check (low_stock_threshold >= 0),
    supplier_id         bigint references supplier (id)
);

create table stock_check (
    id            bigint generated always as identity primary key,
    trigger       varchar(10)  not null check (trigger in ('SCHEDULE', 'MANUAL')),
    started_by    varchar(254) not null,
    started_at    timestamptz  not null,
    finished_at   timestamptz  not null,
    skus_checked  integer      not null,
    alerts_raised integer      not null
);

create sequence purchase_order_number_seq;

create table purchase_order (
    id          bigint generated always as identity primary key,
    number      varchar(20)  not null unique,
    supplier_id bigint       not null references supplier (id),
    warehouse_id bigint      not null references warehouse (id),
    status      varchar(20)  not null check (status in ('ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED')),
    expected_on date         not null,
    created_by  varchar(254) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index purchase_order_status_idx on purchase_order (status, id);

create table purchase_order_line (
    id                bigint generated always as identity primary key,
    purchase_order_id bigint  not null references purchase_order (id) on delete cascade,
    sku_id            bigint  not null references sku (id),
    quantity_ordered  integer not null check (quantity_ordered > 0),
    quantity_received integer not null default 0,
    constraint purchase_order_line_received_in_range
        check (quantity_received >= 0 and quantity_received <= quantity_ordered),
    unique (purchase_order_id, sku_id)
);
create index purchase_order_line_sku_idx on purchase_order_line (sku_id);

create table low_stock_alert (
    id                 bigint generated always as identity primary key,
    sku_id             bigint       not null references sku (id) on delete cascade,
    stock_check_id     bigint       not null references stock_check (id),
    available          integer      not null,
    on_order           integer      not null,
    reorder_point      integer      not null,
    basis              varchar(10)  not null check (basis in ('THRESHOLD', 'VELOCITY')),
    sold_last_30_days  integer      not null,
    lead_time_days     integer      not null,
    suggested_quantity integer      not null check (suggested_quantity > 0),
    status             varchar(10)  not null check (status in ('OPEN', 'ORDERED', 'DISMISSED')),
    purchase_order_id  bigint references purchase_order (id),
    created_at         timestamptz  not null,
    resolved_at        timestamptz,
    resolved_by        varchar(254)
);
-- at most one open alert per SKU: a check that runs twice does not alert twice
create unique index low_stock_alert_one_open_idx on low_stock_alert (sku_id) where status = 'OPEN';
create index low_stock_alert_status_idx on low_stock_alert (status, id);

-- the daily check reads the last 30 days of sales
create index stock_movement_sales_idx on stock_movement (created_at, sku_id) where kind in ('SALE', 'RETURN');
