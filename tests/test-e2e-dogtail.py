#!/usr/bin/python3
# test-e2e-dogtail.py CALIBRD
#
# End to end through the accessibility tree and the keyboard, the way a
# screen reader user or a test robot sees the app: starts the real calibrd
# with a fresh data folder, adds a job description, writes a story, drafts
# a first-90-days plan for the job through the New Plan dialog, checks its
# phases and items on screen, exports its PDF and reads it back with
# pdftotext, then checks the database.
#
# The New Plan dialog's rows expose no AT-SPI action on GTK 4.8, so the job
# is chosen the way a keyboard user chooses it: the first row (the only
# job) has the focus when the dialog opens, which its AT-SPI "focused"
# state shows, and Return picks it. That a plan for that job (not a blank
# one) is made is checked on screen, in the PDF and in the database.
#
# Run under tests/headless.sh (Xvfb, DISPLAY exported before the private
# D-Bus session). Exit code 77 (skip) if dogtail cannot be imported.
#
# Test hooks honoured by the app (documented in README.md):
#   CALIBRD_NO_WELCOME=1   no first-run welcome
#   CALIBRD_EXPORT_DIR=D   Export PDF writes into D without a file chooser

import glob
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

try:
    from dogtail.config import config
    config.checkForA11y = False
    config.logDebugToFile = False
    config.logDebugToStdOut = False
    config.searchCutoffCount = 5
    config.defaultDelay = 0.3
    config.typingDelay = 0.02
    from dogtail import rawinput, tree
    from dogtail.predicate import GenericPredicate
except Exception as e:  # noqa: BLE001 - any import failure means: no dogtail here
    print(f"1..0 # SKIP dogtail is not importable: {e}")
    sys.exit(77)

COMPANY = "Quillfeather Systems"
JD = ("Senior Site Reliability Engineer at Quillfeather Systems\n"
      "Quillfeather Systems is hiring a Senior Site Reliability Engineer. "
      "You will own the reliability of our Kubernetes platform, lead incident reviews and mentor engineers. "
      "Requirements: 5+ years operating production systems, Go or Python, Terraform. "
      "Interview process: recruiter screen, coding interview, system design interview, behavioral interview.\n")
JOB_TITLE = "Senior Site Reliability Engineer"
# The plan document's phase headings (src/export/cal-documents.c).
PDF_PHASES = ("Learn · Days 1–30", "Diagnose · Days 31–60", "Act · Days 61–90")
# The editor's phase lists, by their accessible labels (cal-plan-editor.ui).
UI_PHASES = {"learn": "Learn, days 1 to 30", "diagnose": "Diagnose, days 31 to 60", "act": "Act, days 61 to 90"}
STORY_TITLE = "Cut paging noise"
STORY_RESULT = "Pages fell from 40 to 6 a week"

step_no = 0
started = time.monotonic()


def step(message):
    global step_no
    step_no += 1
    print(f"# step {step_no} at {time.monotonic() - started:.1f} s: {message}", flush=True)


def wait_for(what, probe, timeout=30.0):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            value = probe()
            if value:
                return value
        except Exception as e:  # noqa: BLE001 - the tree changes under us
            last = e
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}" + (f" ({last})" if last else ""))


def plain(name):
    """An accessible name as a user reads it. GTK 4.8 repeats itself: a
    button with a mnemonic is "_Analyze Analyze" (its raw label, then its
    label child), a text view with a mnemonic label "Result Result"."""
    name = (name or "").replace("_", "")
    half = len(name) // 2
    if len(name) % 2 == 1 and name[half] == " " and name[:half] == name[half + 1:]:
        return name[:half]
    return name


def find(node, name=None, role=None, timeout=20.0):
    def matches(n):
        return ((name is None or plain(n.name) == name) and
                (role is None or n.roleName == role))

    def probe():
        # The first match, depth first: stops there rather than walking the
        # whole tree over D-Bus, which takes seconds on the plan editor.
        return node.findChild(matches, recursive=True, retry=False, requireResult=False, showingOnly=False)
    try:
        return wait_for(f"{role or 'node'} “{name}”", probe, timeout)
    except AssertionError:
        dump(node)
        raise


def dump(node, depth=0, budget=[300]):
    """Prints the part of the tree searched, to see what a failed step saw."""
    if budget[0] <= 0 or depth > 40:
        return
    budget[0] -= 1
    try:
        print(f"# {'  ' * min(depth, 20)}{node.roleName} “{node.name}”", flush=True)
        for child in node.children:
            dump(child, depth + 1, budget)
    except Exception:  # noqa: BLE001 - nodes vanish while we look
        pass


def press(node):
    """Activates a button through its AT-SPI action (no screen coordinates:
    GTK 4.8 reports none that are usable)."""
    for action in ("click", "activate", "press"):
        if action in node.actions:
            node.doActionNamed(action)
            return
    node.grabFocus()
    rawinput.pressKey("Return")



def focus_window(title):
    """Gives the X keyboard focus to the toplevel called @title. There is no
    window manager under Xvfb to do it when a dialog closes."""
    subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", f"^{title}$", "windowfocus", "--sync"],
                   check=True, timeout=20)


def focus_newest_window(pid):
    """Gives the X focus to the app's most recently mapped toplevel."""
    out = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
                         check=True, timeout=20, capture_output=True, text=True).stdout.split()
    subprocess.run(["xdotool", "windowfocus", "--sync", out[-1]], check=True, timeout=20)


def type_into(node, text):
    """Types into @node, which must already have the keyboard focus (GTK 4.8
    does not implement AT-SPI's grabFocus; the app focuses its fields)."""
    def has_focus():
        return node.focused or any(n.focused for n in node.findChildren(lambda n: True, recursive=True))

    try:
        wait_for(f"keyboard focus on {node.roleName} “{node.name}”", has_focus, 5)
    except AssertionError:
        # GTK 4.8 does not always report the focused state over AT-SPI; what
        # was typed is checked in the database at the end.
        print(f"# no focused state reported for {node.roleName} “{node.name}”; typing anyway", flush=True)
    rawinput.typeText(text)


def main():
    if len(sys.argv) < 2:
        print("usage: test-e2e-dogtail.py CALIBRD", file=sys.stderr)
        return 2
    calibrd = sys.argv[1]

    tmp = tempfile.mkdtemp(prefix="calibrd-e2e-")
    export_dir = os.path.join(tmp, "export")
    os.makedirs(export_dir)
    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    env.update({
        "XDG_DATA_HOME": os.path.join(tmp, "data"),
        "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
        "CALIBRD_NO_WELCOME": "1",
        "CALIBRD_EXPORT_DIR": export_dir,
        "GTK_A11Y": "atspi",
    })

    print("1..1", flush=True)
    app_proc = subprocess.Popen([calibrd], env=env)
    try:
        run(app_proc, tmp, export_dir)
    except BaseException as e:
        import traceback
        traceback.print_exc()
        print(f"not ok 1 - failed at step {step_no}: {e!r}", flush=True)
        app_proc.kill()
        return 1
    print("ok 1 - job, story, plan and its PDF through AT-SPI, checked in the PDF and the database", flush=True)
    return 0


def run(app_proc, tmp, export_dir):
    step("the app appears on the accessibility bus")
    app = wait_for("calibrd on the accessibility bus",
                   lambda: next((a for a in tree.root.applications() if a.name in ("calibrd", "Calibrd")), None),
                   60)
    # Keyboard input goes where the pointer is (no window manager): the
    # main window sits at the origin.
    rawinput.absoluteMotion(300, 300)

    step("Add Job Description")
    press(find(app, "Add Job Description", "push button"))
    dialog = wait_for("the import dialog",
                      lambda: next((w for w in app.children if w.name == "Add Job Description"), None))
    text = find(dialog, "Job description text", "text")
    type_into(text, JD)

    step("Analyze")
    press(find(dialog, "Analyze", "push button"))
    step("the job page shows the company")
    find(app, COMPANY, "label", 60)

    step("Stories: New Story, title and Result")
    focus_window("Calibrd")
    rawinput.keyCombo("<Alt>2")
    stories = find(app, "Stories", "panel")
    press(find(stories, "New story", "push button"))
    title_row = find(stories, "Title", "text")
    title_text = wait_for("the title's text field",
                          lambda: next(iter(title_row.findChildren(GenericPredicate(roleName="text"))), None)
                          if title_row.roleName != "text" else title_row)
    type_into(title_text, STORY_TITLE)
    # The "_Result" label's mnemonic moves the focus to the Result field.
    rawinput.keyCombo("<Alt>r")
    type_into(find(stories, "Result", "text"), STORY_RESULT)

    step("Plans (Alt+4): New plan")
    focus_window("Calibrd")
    rawinput.keyCombo("<Alt>4")
    plans = find(app, "Plans", "panel")
    press(find(plans, "New plan", "push button"))
    dialog = wait_for("the New Plan dialog", lambda: next((w for w in app.children if w.name == "New Plan"), None))
    # The job imported above is offered, with the keyboard on it, and a
    # blank plan after it.
    job_row = find(dialog, JOB_TITLE, "list item")
    find(dialog, "Blank Plan", "list item")
    wait_for("the keyboard focus on the job's row", lambda: job_row.focused, 10)

    step("Return on the job's row")
    focus_window("New Plan")
    rawinput.pressKey("Return")
    wait_for("the New Plan dialog to close", lambda: not any(w.name == "New Plan" for w in app.children), 60)

    step("the editor shows the plan's three phases and their items")
    db_path = database(tmp)
    plan_id, plan_title, items = wait_for("the drafted plan in the database", lambda: stored_plan(db_path), 60)
    # A plan drafted from the job, not a blank one: named after the job,
    # and its title in the header of the editor.
    assert JOB_TITLE in plan_title and COMPANY in plan_title, plan_title
    find(plans, plan_title, "label", 60)
    for phase, label in UI_PHASES.items():
        titles = [title for item_phase, title in items if item_phase == phase]
        assert titles, f"the drafted plan has no {phase} items: {items}"
        # The phase's first item, in that phase's list.
        find(find(plans, label, "list"), titles[0])

    step("Export PDF (Ctrl+E) into CALIBRD_EXPORT_DIR")
    focus_window("Calibrd")
    rawinput.keyCombo("<Control>e")
    pdfs = wait_for("the exported PDF", lambda: glob.glob(os.path.join(export_dir, "*.pdf")), 120)
    # The file appears only when complete (written beside it, then renamed).
    # The "Exported" toast is not looked for: it goes after a few seconds,
    # less than a search of the tree can take on a loaded machine.
    assert len(pdfs) == 1, pdfs

    step("the PDF holds the job, the company, the three phases and the items")
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the PDF back"
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdfs[0], "-"], check=True, timeout=60,
                          capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    for needle in (JOB_TITLE, COMPANY) + PDF_PHASES + tuple(title for _, title in items):
        assert " ".join(needle.split()) in flat, f"“{needle}” is not in the PDF's text:\n{text}"

    step("Quit (Ctrl+Q) so every edit is written")
    focus_window("Calibrd")
    rawinput.keyCombo("<Control>q")
    app_proc.wait(timeout=30)

    step("check the database")
    db = sqlite3.connect(database(tmp))
    jobs = db.execute("SELECT id, title, company, level FROM jobs").fetchall()
    assert len(jobs) == 1 and jobs[0][1:] == (JOB_TITLE, COMPANY, "senior"), jobs
    stories = db.execute("SELECT title, result FROM stories").fetchall()
    assert len(stories) == 1 and stories[0][0] == STORY_TITLE and STORY_RESULT in stories[0][1], stories
    plans = db.execute("SELECT id, job_id FROM plans").fetchall()
    assert plans == [(plan_id, jobs[0][0])], f"expected one plan for job {jobs[0][0]}, found {plans}"
    phases = dict(db.execute("SELECT phase, count(*) FROM plan_items WHERE plan_id = ? GROUP BY phase",
                             (plan_id,)).fetchall())
    assert all(phases.get(phase, 0) > 0 for phase in UI_PHASES), phases


def database(tmp):
    dbs = glob.glob(os.path.join(tmp, "data", "**", "*.db"), recursive=True)
    assert len(dbs) == 1, f"expected one database, found {dbs}"
    return dbs[0]


def stored_plan(db_path):
    """The one stored plan's id, title and its items' (phase, title) in
    order, read while the app runs; None until there is exactly one plan."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        plans = db.execute("SELECT id, title FROM plans").fetchall()
        if len(plans) != 1:
            return None
        items = db.execute("SELECT phase, title FROM plan_items WHERE plan_id = ? ORDER BY phase, position",
                           (plans[0][0],)).fetchall()
        return plans[0][0], plans[0][1], items
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
