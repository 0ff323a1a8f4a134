// hubls-run: mcs -r:System.Windows.Forms.dll -r:System.Data.dll -r:System.Drawing.dll -out:app.exe {file} >/dev/null && for m in load selection binding; do timeout 60 xvfb-run -a mono app.exe $m 2>&1 | grep -E 'Exception|at System\.Windows\.Forms\.DataGridView\.' | head -3; done
// Needs mono + libmono-system-windows-forms4.0-cil + libmono-system-data4.0-cil + xvfb (apt).
using System;
using System.Collections.Generic;
using System.Data;
using System.Drawing;
using System.Windows.Forms;

class OrdersForm : Form {
    readonly DataGridView grid = new DataGridView { Dock = DockStyle.Fill };
    readonly string mode;
    DataTable orders;                      // assigned by LoadOrders(), after binding
    Dictionary<int, Color> statusColors;   // assigned after binding, too late

    public OrdersForm(string mode) {
        this.mode = mode;
        Controls.Add(grid);
        Load += OrdersForm_Load;
        grid.SelectionChanged += Grid_SelectionChanged;
        grid.DataBindingComplete += Grid_DataBindingComplete;
    }

    void OrdersForm_Load(object sender, EventArgs e) {
        if (mode == "load") {
            grid.DataSource = orders;      // null: nothing is bound yet
            Text = grid.CurrentRow.Cells[0].Value.ToString();
            return;
        }
        grid.DataSource = LoadOrders();    // events fire during this assignment
        orders = (DataTable)grid.DataSource;
        statusColors = new Dictionary<int, Color> { [1] = Color.Green };
    }

    void Grid_SelectionChanged(object sender, EventArgs e) {
        if (mode != "selection") return;
        Text = orders.Rows[grid.CurrentRow.Index]["id"].ToString();
    }

    void Grid_DataBindingComplete(object sender, DataGridViewBindingCompleteEventArgs e) {
        if (mode != "binding") return;
        foreach (DataGridViewRow row in grid.Rows)
            row.DefaultCellStyle.BackColor = statusColors[(int)row.Cells["status"].Value];
    }

    static DataTable LoadOrders() {
        var t = new DataTable();
        t.Columns.Add("id", typeof(int));
        t.Columns.Add("status", typeof(int));
        t.Rows.Add(1, 1);
        return t;
    }

    [STAThread]
    static void Main(string[] args) {
        Application.SetUnhandledExceptionMode(UnhandledExceptionMode.ThrowException);
        var form = new OrdersForm(args[0]);
        form.Shown += (s, e) => form.Close();
        Application.Run(form);
    }
}
