namespace TeamsCompanion.DraftCheck.Tests;

// Masks are shared within one check: these guard that a shared mask is always the one the
// value would get on its own, also when two values fall in the same slot.
public class MaskingTests
{
    [Fact]
    public void Shared_email_masks_equal_the_masks_made_one_by_one()
    {
        string[] values =
        [
            "info@utrecht.nl", "m.bakkali@utrecht.nl", "info@utrecht.nl", "i.jansen@utrecht.nl", "j@utrecht.nl",
            "info@utrecht.com", "info@utrechT.nl", "a@b.nl", "q@b.nl", "x@bb.nl", "info@utrecht.nl", "@utrecht.nl",
            "no-at-sign", "é@utrecht.nl", "m@a.nl", "m@i.nl", "m@q.nl", "m@y.nl", "m.bakkali@utrecht.nl",
        ];
        var memo = default(MaskMemo);
        for (var round = 0; round < 3; round++)
        {
            foreach (var value in values)
            {
                Assert.Equal(Masking.Mask(MaskKind.Email, value), memo.Email(value));
            }
        }
    }

    [Fact]
    public void Shared_last_four_masks_equal_the_masks_made_one_by_one()
    {
        string[] values =
        [
            "111222333", "NL91 ABNA 0417 1643 00", "030 286 00 00", "06-12345678", "54-TKL-3", "NL002455799B11",
            "999 1643 00", "1643 00", "12 - - - - 3 00", "x - - - - - 3 00", "ab-c-d-e-f", "12345678", "2345678",
            "\u0663\u0663\u0663\u0663 1643 00", "1643 \u06630", "0000 0000", "1111 0000", "a000 0000", "54-TKL-3", "99-TKL-3", "-------1",
        ];
        var memo = default(MaskMemo);
        for (var round = 0; round < 3; round++)
        {
            foreach (var value in values)
            {
                Assert.Equal(Masking.Mask(MaskKind.LastFour, value), memo.LastFour(value));
            }
        }
    }
}
