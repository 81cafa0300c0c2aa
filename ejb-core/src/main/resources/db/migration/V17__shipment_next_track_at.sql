-- When the tracking timer asks the carrier about a parcel next (null: at the next round). A parcel with recent news is
-- asked again at once, one without news for a while after half that while (at most agora.tracking.longest-wait-
-- minutes): before, every open parcel was asked about at every round, days-long journeys included.
alter table shipment add column next_track_at timestamptz;
