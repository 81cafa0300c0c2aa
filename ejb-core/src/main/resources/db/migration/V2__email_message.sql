-- Emails the platform has sent.
create table email_message (
    id        bigint generated always as identity primary key,
    recipient varchar(254) not null,
    subject   varchar(200) not null,
    kind      varchar(40)  not null,
    sent_at   timestamptz  not null
);
create index email_message_sent_at_idx on email_message (sent_at desc);
