-- When the tracking timer last asked the carrier about a parcel. Each round takes the open parcels asked about least
-- recently first (never asked: first of all), so that with more open parcels than one round takes, every parcel
-- still gets its turn; before, a round took the lowest ids, and parcels beyond the first thousand were never tracked.
alter table shipment add column tracked_at timestamptz;
drop index shipment_open_idx;
create index shipment_open_idx on shipment (tracked_at nulls first, id)
    where status in ('LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT');
