namespace TeamsCompanion.DraftCheck.Detection;

/// <summary>The Dutch numbering plan (Nummerplan), as far as it tells a personal number from a service number.</summary>
internal static class PhonePlan
{
    public enum Kind
    {
        None,
        Mobile,
        Geographic,
        NonGeographic,
        Service,
    }

    /// <summary>Classifies a national significant number: the digits after the trunk 0 or +31.</summary>
    public static Kind Classify(ReadOnlySpan<char> nsn)
    {
        if (nsn.Length >= 3 && ((nsn[0] == '8' && nsn[1] == '0' && nsn[2] == '0') || (nsn[0] == '9' && nsn[1] == '0' && nsn[2] is '0' or '6' or '9')))
        {
            // 0800, 0900, 0906, 0909: free-phone and premium-rate lines belong to organisations,
            // never to a person.
            return Kind.Service;
        }

        if (nsn.Length != 9 || TextScan.AllSame(nsn))
        {
            return Kind.None;
        }

        return nsn[0] switch
        {
            // 066 is paging, not a personal mobile.
            '6' => nsn[1] is '1' or '2' or '3' or '4' or '5' or '8' ? Kind.Mobile : Kind.None,
            '8' => nsn[1] is '2' or '4' or '5' or '7' or '8' ? Kind.NonGeographic : Kind.None,
            // Of the 09 ranges only 091 is personal; 097 is machine-to-machine.
            '9' => nsn[1] == '1' ? Kind.NonGeographic : Kind.None,
            '7' => Kind.Geographic,
            '1' => nsn[1] == '4' ? Kind.None : Kind.Geographic,
            '2' or '3' or '4' or '5' => Kind.Geographic,
            _ => Kind.None,
        };
    }
}
