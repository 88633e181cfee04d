namespace Portal.PlainLanguage.Scoring;

/// <summary>
/// The band of a score on each scale (design note §4), as a resource key of the band's Spanish label.
/// Bands are looked up on the clamped value, so extreme texts land in the first or last band.
/// </summary>
public static class ReadabilityBands
{
    public static string Inflesz(double value) => Clamped(value) switch
    {
        < 40 => "Band_Inflesz_VeryDifficult",
        < 55 => "Band_Inflesz_SomewhatDifficult",
        < 65 => "Band_Inflesz_Normal",
        <= 80 => "Band_Inflesz_FairlyEasy",
        _ => "Band_Inflesz_VeryEasy",
    };

    public static string FernandezHuerta(double value) => Clamped(value) switch
    {
        < 30 => "Band_FernandezHuerta_VeryDifficult",
        < 50 => "Band_FernandezHuerta_Difficult",
        < 60 => "Band_FernandezHuerta_FairlyDifficult",
        < 70 => "Band_FernandezHuerta_Normal",
        < 80 => "Band_FernandezHuerta_FairlyEasy",
        < 90 => "Band_FernandezHuerta_Easy",
        _ => "Band_FernandezHuerta_VeryEasy",
    };

    public static string Szigriszt(double value) => Clamped(value) switch
    {
        < 16 => "Band_Szigriszt_VeryDifficult",
        < 36 => "Band_Szigriszt_Arid",
        < 51 => "Band_Szigriszt_FairlyDifficult",
        < 66 => "Band_Szigriszt_Normal",
        < 76 => "Band_Szigriszt_FairlyEasy",
        < 86 => "Band_Szigriszt_Easy",
        _ => "Band_Szigriszt_VeryEasy",
    };

    public static string Mu(double value) => Clamped(value) switch
    {
        < 31 => "Band_Mu_VeryDifficult",
        < 51 => "Band_Mu_Difficult",
        < 61 => "Band_Mu_LittleDifficult",
        < 71 => "Band_Mu_Adequate",
        < 81 => "Band_Mu_LittleEasy",
        < 91 => "Band_Mu_Easy",
        _ => "Band_Mu_VeryEasy",
    };

    private static double Clamped(double value) => Readability.Clamp(value);
}
