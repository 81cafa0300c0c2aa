-- Every category a product is in, and every category above those, on the product itself: the search's category
-- facet counts from the matching products alone instead of joining product_category and category per hit.
-- Kept by triggers: when a product's categories change, and when a category moves (its path, and with it the
-- paths below it, changes).
alter table product add column category_ids bigint[] not null default '{}';

create function product_category_ids(bigint) returns bigint[] language sql stable as $$
    select coalesce(array_agg(distinct above.id::bigint), '{}')
    from product_category pc
    join category leaf on leaf.id = pc.category_id
    cross join lateral unnest(string_to_array(trim(both '/' from leaf.path), '/')) as above(id)
    where pc.product_id = $1
$$;

create function product_category_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        update product set category_ids = product_category_ids(old.product_id) where id = old.product_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update product set category_ids = product_category_ids(new.product_id) where id = new.product_id;
    end if;
    return null;
end
$$;

create trigger product_category_changed after insert or update or delete on product_category
    for each row execute function product_category_changed();

create function category_moved() returns trigger language plpgsql as $$
begin
    update product p set category_ids = product_category_ids(p.id)
    where p.id in (select pc.product_id from product_category pc
                   join moved_after a on a.id = pc.category_id
                   join moved_before b on b.id = a.id
                   where a.path <> b.path);
    return null;
end
$$;

create trigger category_moved after update on category
    referencing old table as moved_before new table as moved_after
    for each statement execute function category_moved();

update product p set category_ids = ids.category_ids
from (select pc.product_id, array_agg(distinct above.id::bigint) as category_ids
      from product_category pc
      join category leaf on leaf.id = pc.category_id
      cross join lateral unnest(string_to_array(trim(both '/' from leaf.path), '/')) as above(id)
      group by pc.product_id) as ids
where ids.product_id = p.id;

-- searches and listings within a category find its products (and those of the categories below) here
create index product_category_ids_idx on product using gin (category_ids);
