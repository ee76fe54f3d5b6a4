namespace TeamsCompanion.DraftCheck;

/// <summary>The finding type ids, exactly as callers and the JSON output use them.</summary>
public static class FindingTypes
{
    /// <summary>Burgerservicenummer (citizen service number).</summary>
    public const string Bsn = "bsn";
    /// <summary>International bank account number.</summary>
    public const string Iban = "iban";
    /// <summary>Telephone number.</summary>
    public const string Phone = "phone";
    /// <summary>E-mail address.</summary>
    public const string Email = "email";
    /// <summary>Street and number, postcode and city, or postcode and house number.</summary>
    public const string Address = "address";
    /// <summary>A date with birth context.</summary>
    public const string DateOfBirth = "date-of-birth";
    /// <summary>Passport, ID card or driving licence number.</summary>
    public const string IdDocument = "id-document";
    /// <summary>Dutch vehicle registration (kenteken).</summary>
    public const string LicensePlate = "license-plate";
    /// <summary>Dutch VAT number (btw-id or old omzetbelastingnummer).</summary>
    public const string VatId = "vat-id";
    /// <summary>Payment card number.</summary>
    public const string CreditCard = "credit-card";
    /// <summary>IPv4 address.</summary>
    public const string IpAddress = "ip-address";
    /// <summary>Name of a person.</summary>
    public const string PersonName = "person-name";
    /// <summary>GDPR art. 9/10 data: health, religion, ethnicity, politics, union, sexual orientation, criminal records.</summary>
    public const string SpecialCategory = "special-category";

    /// <summary>All types, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Bsn, Iban, Phone, Email, Address, DateOfBirth, IdDocument,
        LicensePlate, VatId, CreditCard, IpAddress, PersonName, SpecialCategory,
    ];
}
