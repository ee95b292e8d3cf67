package cymru.gofal.casework.web;

import cymru.gofal.casework.internal.TrayView;

/** The addresses of the tray page's tabs and pages, keeping the chosen team (team views only). */
record TrayLinks(TrayView view, Long team) {

    public String view(TrayView other) {
        return "/work?view=" + other.param() + (other.teamView() && team != null ? "&team=" + team : "");
    }

    public String page(int page) {
        return view(view) + "&page=" + page;
    }
}
