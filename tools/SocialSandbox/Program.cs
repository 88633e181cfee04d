namespace SocialSandbox;

public static class Program
{
    public static async Task Main(string[] args) => await SandboxApp.Create(args).RunAsync();
}
