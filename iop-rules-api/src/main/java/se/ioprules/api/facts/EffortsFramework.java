package se.ioprules.api.facts;

/** Whether efforts are a fixed list or an adjustable framework. */
public enum EffortsFramework {
    /** A fixed list of efforts. */
    FIXED_LIST,
    /** An adjustable framework (insatsram). */
    ADJUSTABLE;
}
