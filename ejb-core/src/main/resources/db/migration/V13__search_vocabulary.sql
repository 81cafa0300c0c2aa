-- The words of product names and brands, for correcting misspelt searches: a word that matches nothing is compared
-- (trigram similarity) with these few thousand words instead of with every product's name. Words are added as
-- products are written and never removed: a word that no active product has any more only leads to a correction
-- that finds nothing, which is then not offered.
create table search_word (
    word varchar(100) primary key
);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

create function search_word_add(text) returns void language sql as $$
    insert into search_word (word)
    select distinct w from regexp_split_to_table(lower($1), '[^[:alnum:]]+') as w
    where length(w) between 1 and 100
    on conflict do nothing
$$;

create function product_search_words() returns trigger language plpgsql as $$
begin
    perform search_word_add(new.name || ' ' || coalesce(new.brand, ''));
    return null;
end
$$;

create trigger product_search_words after insert or update of name, brand on product
    for each row execute function product_search_words();

select search_word_add(string_agg(name || ' ' || coalesce(brand, ''), ' ')) from product;
