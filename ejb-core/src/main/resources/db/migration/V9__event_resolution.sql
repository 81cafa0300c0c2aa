-- what an admin did with a dead-lettered message: sent it back to its consumer, or discarded it
create table event_resolution (
    id       bigint generated always as identity primary key,
    event_id uuid         not null,
    consumer varchar(100) not null,
    action   varchar(10)  not null check (action in ('RETRIED', 'DISCARDED')),
    actor    varchar(200) not null,
    at       timestamptz  not null
);
create index event_resolution_event_idx on event_resolution (event_id, id);
