-- A product's category_ids are rewritten only when they change: a product whose category rows are rewritten with
-- the same categories, or that was inserted with its ids already filled in (the demo and benchmark catalogs), no
-- longer gets a second row version and a second round of index updates. The ids are in ascending order (as the
-- writers that fill them in beforehand produce them).
create or replace function product_category_ids(bigint) returns bigint[] language sql stable as $$
    select coalesce(array_agg(distinct above.id::bigint order by above.id::bigint), '{}')
    from product_category pc
    join category leaf on leaf.id = pc.category_id
    cross join lateral unnest(string_to_array(trim(both '/' from leaf.path), '/')) as above(id)
    where pc.product_id = $1
$$;

create or replace function product_category_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        update product p set category_ids = ids.category_ids
        from (select product_category_ids(old.product_id) as category_ids) ids
        where p.id = old.product_id and p.category_ids is distinct from ids.category_ids;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update product p set category_ids = ids.category_ids
        from (select product_category_ids(new.product_id) as category_ids) ids
        where p.id = new.product_id and p.category_ids is distinct from ids.category_ids;
    end if;
    return null;
end
$$;
