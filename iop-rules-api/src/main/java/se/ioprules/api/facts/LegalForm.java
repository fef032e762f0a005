package se.ioprules.api.facts;

/** Legal form of a party. Swedish forms keep their Swedish names (terms of art). */
public enum LegalForm {
    /** Ideell förening (non-profit association). */
    IDEELL_FORENING,
    /** Stiftelse (foundation). */
    STIFTELSE,
    /** Ekonomisk förening (economic association/co-operative). */
    EKONOMISK_FORENING,
    /** Aktiebolag (limited company). */
    AKTIEBOLAG,
    /** Registrerat trossamfund (registered religious community). */
    REGISTRERAT_TROSSAMFUND,
    /** Samfällighet(sförening) (joint property association). */
    SAMFALLIGHET,
    /** Foreign legal person. */
    FOREIGN_LEGAL_PERSON,
    /** Enskild firma (sole trader; not a legal person). */
    ENSKILD_FIRMA,
    /** Kommun, region or state authority. */
    PUBLIC_AUTHORITY,
    /** Other legal form. */
    OTHER;
}
