-- Catalog: categories (a tree), products of merchants with variants (SKUs), images and attributes, and the
-- search structures: a weighted full-text vector (name > brand > description) and trigram indexes for misspellings.

create extension if not exists pg_trgm;

create table category (
    id          bigint generated always as identity primary key,
    parent_id   bigint references category (id),
    name        varchar(100) not null,
    slug        varchar(120) not null,
    -- ids from the root down to this category, e.g. '/1/7/12/': subtree queries are prefix matches
    path        varchar(500) not null,
    position    integer      not null default 0,
    constraint category_slug_key unique (slug),
    constraint category_not_own_parent check (parent_id is null or parent_id <> id)
);
create index category_parent_idx on category (parent_id);
create index category_path_idx on category (path varchar_pattern_ops);
create unique index category_sibling_name_key on category (coalesce(parent_id, 0), lower(name));

create table image (
    id           bigint generated always as identity primary key,
    content_type varchar(40) not null check (content_type in ('image/png', 'image/jpeg', 'image/webp', 'image/svg+xml')),
    data         bytea       not null,
    sha256       char(64)    not null,
    created_at   timestamptz not null
);
create index image_sha256_idx on image (sha256);

create table product (
    id             bigint generated always as identity primary key,
    merchant_id    bigint        not null references merchant (id),
    name           varchar(200)  not null,
    slug           varchar(220)  not null,
    description    text          not null default '',
    brand          varchar(100),
    price_amount   numeric(12, 2) not null check (price_amount >= 0),
    price_currency char(3)       not null,
    status         varchar(10)   not null check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    featured       boolean       not null default false,
    -- maintained by the inventory component; until stock is tracked every product counts as available
    in_stock       boolean       not null default true,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    published_at   timestamptz,
    version        bigint        not null default 0,
    search         tsvector generated always as (
                       setweight(to_tsvector('english', coalesce(name, '')), 'A')
                       || setweight(to_tsvector('english', coalesce(brand, '')), 'B')
                       || setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored,
    constraint product_slug_key unique (slug)
);
create index product_merchant_idx on product (merchant_id, status);
create index product_search_idx on product using gin (search);
create index product_name_trgm_idx on product using gin (lower(name) gin_trgm_ops);
create index product_active_published_idx on product (published_at desc) where status = 'ACTIVE';
create index product_active_price_idx on product (price_amount) where status = 'ACTIVE';

create table product_category (
    product_id  bigint not null references product (id) on delete cascade,
    category_id bigint not null references category (id),
    primary key (product_id, category_id)
);
create index product_category_category_idx on product_category (category_id, product_id);

create table product_image (
    product_id bigint  not null references product (id) on delete cascade,
    image_id   bigint  not null references image (id),
    position   integer not null,
    primary key (product_id, position)
);

create table product_attribute (
    product_id bigint       not null references product (id) on delete cascade,
    position   integer      not null,
    name       varchar(60)  not null,
    value      varchar(200) not null,
    primary key (product_id, position)
);

create table sku (
    id                    bigint generated always as identity primary key,
    product_id            bigint        not null references product (id) on delete cascade,
    merchant_id           bigint        not null references merchant (id),
    code                  varchar(64)   not null,
    label                 varchar(100)  not null,
    price_override_amount numeric(12, 2) check (price_override_amount >= 0),
    weight_grams          integer       not null check (weight_grams >= 0),
    position              integer       not null,
    -- a SKU code names one variant among the merchant's products
    constraint sku_merchant_code_key unique (merchant_id, code)
);
create index sku_product_idx on sku (product_id);
