using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Testing;

/// <summary>
/// Portal.Web run as its own process, the way an operator runs it: <c>dotnet Portal.Web.dll</c> from an app folder
/// (the publish output, or the build output beside the tests), on a free loopback port, with an App_Data folder of its
/// own that goes when it does. Settings reach it as environment variables; what it writes is kept for the test to read.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N")[..12]);

    private PortalProcess(string appFolder, string environment, IReadOnlyDictionary<string, string> settings)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = appFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(appFolder, "Portal.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["Portal__Database__AppDataPath"] = _appData;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>Every line the process wrote so far, stdout and stderr interleaved.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>Starts Portal.Web from <paramref name="appFolder"/> in <paramref name="environment"/>; keys as in configuration (<c>Portal:Database:Provider</c>).</summary>
    public static PortalProcess Start(string appFolder, string environment, IReadOnlyDictionary<string, string> settings) =>
        new(appFolder, environment, settings);

    /// <summary>Polls <c>/health</c> until it answers 200; fails with the process's output if it exits or the time runs out.</summary>
    public async Task WaitUntilHealthyAsync(HttpClient client, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Portal.Web exited with code {_process.ExitCode} before /health answered:\n{string.Join('\n', Output)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "health"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"/health did not answer 200 within {timeout}:\n{string.Join('\n', Output)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    /// <summary>Waits for the process to end by itself and returns its exit code, after its output has been read to the end.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Portal.Web did not exit within {timeout}:\n{string.Join('\n', Output)}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (Directory.Exists(_appData))
        {
            Directory.Delete(_appData, recursive: true);
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    // The port is released before Portal binds it; another process taking it in between is unlikely on loopback.
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
