package se.ioprules.api.facts;

/** How the public party came to give this organisation the money or the task. */
public enum AwardRoute {
    /** Procured under LOU in open competition. */
    PROCURED_LOU,
    /** Procured under LOU, reserved for idea-based organisations (from 2023) or for sheltered employment. */
    PROCURED_RESERVED,
    /** Admitted to a choice system under LOV. */
    LOV,
    /** Given directly to this organisation, without competition or an open call. */
    DIRECT_AWARD,
    /** An open call for applications (ansökningsomgång), decided on published criteria. */
    OPEN_CALL,
    /** No award: e.g. the organisation's own initiative met by a partnership decision without any call. */
    NONE
}
