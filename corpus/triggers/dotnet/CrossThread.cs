// hubls-run: mcs -r:System.Windows.Forms.dll -r:System.Drawing.dll -out:app.exe {file} >/dev/null && timeout 60 xvfb-run -a mono app.exe 2>&1 | grep -F 'Cross-thread'
// Needs mono + libmono-system-windows-forms4.0-cil + xvfb (apt).
using System;
using System.Threading;
using System.Windows.Forms;

class StatusForm : Form {
    readonly Label status = new Label();

    StatusForm() {
        Controls.Add(status);
        Shown += (s, e) => {
            var worker = new Thread(() => { status.Text = "done"; });   // UI control touched from a worker thread
            worker.Start();
            worker.Join();
            Close();
        };
    }

    [STAThread]
    static void Main() {
        Control.CheckForIllegalCrossThreadCalls = true;
        Application.SetUnhandledExceptionMode(UnhandledExceptionMode.ThrowException);
        Application.Run(new StatusForm());
    }
}
