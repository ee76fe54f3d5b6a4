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
        var memo = default(EmailMasks);
        for (var round = 0; round < 3; round++)
        {
            foreach (var value in values)
            {
                Assert.Equal(Masking.Mask(MaskKind.Email, value), memo.Mask(value));
            }
        }
    }
}
