/* test-guides-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Guides section in the real window, on a real (Xvfb) display: guides
 * reached through win.show-guide, the side-by-side table, the artifact
 * buttons and the PDF export read back with poppler.
 */

#include "config.h"

#include <adwaita.h>

#include "cal-guide.h"
#include "cal-guides-view.h"
#include "cal-test-pdf.h"
#include "cal-window.h"

static CalContext *context;

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static GtkWidget *
find_descendant_of_type (GtkWidget *root,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant_of_type (child, type);
      if (found)
        return found;
    }

  return NULL;
}

/* The text of every label that is drawn now, one per line. Only children
 * that are visible and (for stacks) on show count, so text on a hidden page
 * cannot pass the test. */
static void
collect_text (GtkWidget *widget,
              GString   *text,
              const char *css_class,
              guint     *n_with_class)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (text, '\n');
      if (css_class != NULL && gtk_widget_has_css_class (widget, css_class))
        (*n_with_class)++;
    }
  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      g_string_append (text, adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)));
      g_string_append_c (text, '\n');
    }
  if (ADW_IS_STATUS_PAGE (widget))
    {
      g_string_append_printf (text, "%s\n%s\n", adw_status_page_get_title (ADW_STATUS_PAGE (widget)),
                              adw_status_page_get_description (ADW_STATUS_PAGE (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, text, css_class, n_with_class);
}

static char *
shown_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);
  guint unused = 0;

  collect_text (widget, text, NULL, &unused);
  return g_string_free (text, FALSE);
}

static void
assert_shows (const char *text,
              const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not shown; the view shows:\n%s", needle, text);
}

static CalWindow *
create_window (int                width,
               CalGuidesView    **view)
{
  CalWindow *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The window builds a section when it is first shown. */
  cal_window_show_section (window, "guides");
  *view = CAL_GUIDES_VIEW (find_descendant_of_type (GTK_WIDGET (window), CAL_TYPE_GUIDES_VIEW));
  g_assert_nonnull (*view);
  return window;
}

static void
test_guides_view_pairs (void)
{
  static const char *pairs[][2] = {
    { "software-engineer", "senior" },
    { "engineering-manager", "director" },
    { "product-manager", "senior" },
    { "product-manager", "director" },
    { "engineering-manager", "manager" },
    { "engineering-manager", "vp" },
    { "backend-engineer", "staff" },
    { "data-scientist", "mid" },
    { "frontend-engineer", "junior" },
    { "sre", "principal" },
    { "product-designer", "intern" },
    { "design-manager", "c-level" },
    { "ml-engineer", "distinguished" },
    { "technical-program-manager", "senior" },
    { "design-manager", "senior-manager" },
  };
  CalCatalog *catalog = cal_catalog_get_default ();
  CalGuidesView *view;
  CalWindow *window = create_window (1280, &view);

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CalGuide) guide = cal_guide_new (catalog, pairs[i][0], pairs[i][1], &error);
      g_autofree char *text = NULL;
      g_autofree char *title = NULL;
      GPtrArray *rounds;

      g_assert_no_error (error);

      /* The way the job page and the calibration panel link to a guide. */
      cal_window_show_section (window, "jobs");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-guide", "(ss)", pairs[i][0], pairs[i][1]);
      g_assert_cmpstr (cal_window_get_visible_section (window), ==, "guides");
      iterate_until (is_mapped, view);

      text = shown_text (GTK_WIDGET (view));
      title = g_strdup_printf ("%s · %s", cal_guide_get_track_name (guide), cal_guide_get_level_name (guide));
      assert_shows (text, title);
      assert_shows (text, "The hidden bar");
      assert_shows (text, cal_guide_get_hidden_bar_title (guide));
      assert_shows (text, cal_guide_get_hidden_bar (guide));
      assert_shows (text, "What This Level Owns");
      assert_shows (text, cal_guide_get_owns (guide));
      assert_shows (text, cal_guide_get_vs_below (guide));
      assert_shows (text, cal_guide_get_vs_above (guide));
      assert_shows (text, "The Typical Loop");
      assert_shows (text, cal_guide_get_hardest (guide));
      assert_shows (text, "The Artifact to Bring");
      assert_shows (text, cal_guide_get_artifact (guide));
      assert_shows (text, cal_guide_get_framing_before (guide));
      assert_shows (text, cal_guide_get_framing_after (guide));

      rounds = cal_guide_get_rounds (guide);
      for (guint r = 0; r < rounds->len; r++)
        {
          CalGuideRound *round = g_ptr_array_index (rounds, r);

          assert_shows (text, round->title);
          assert_shows (text, round->tests);
          assert_shows (text, round->strong);
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_guides_view_not_applicable (void)
{
  CalGuidesView *view;
  CalWindow *window = create_window (1280, &view);
  g_autofree char *text = NULL;

  cal_guides_view_show_guide (view, "engineering-manager", "senior");
  text = shown_text (GTK_WIDGET (view));
  assert_shows (text, "This Pair Does Not Apply");
  assert_shows (text, "Engineering Manager is a management role");
  g_assert_null (strstr (text, "The hidden bar"));

  /* Switching back to a pair that applies shows the guide again. */
  g_clear_pointer (&text, g_free);
  cal_guides_view_show_guide (view, "engineering-manager", "manager");
  text = shown_text (GTK_WIDGET (view));
  assert_shows (text, "Make the IC-to-manager move explicit");
  g_assert_null (strstr (text, "This Pair Does Not Apply"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_guides_view_artifact (void)
{
  static const char *cases[][3] = {
    { "engineering-manager", "director", "plans" },
    { "software-engineer", "senior", "stories" },
    { "engineering-manager", "vp", "practice" },
  };
  CalGuidesView *view;
  CalWindow *window = create_window (1280, &view);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      cal_guides_view_show_guide (view, cases[i][0], cases[i][1]);
      cal_window_show_section (window, "guides");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "guides.create-artifact", NULL));
      g_assert_cmpstr (cal_window_get_visible_section (window), ==, cases[i][2]);
    }

  /* A pair that does not apply has no artifact to create. */
  cal_window_show_section (window, "guides");
  cal_guides_view_show_guide (view, "engineering-manager", "junior");
  gtk_widget_activate_action (GTK_WIDGET (view), "guides.create-artifact", NULL);
  g_assert_cmpstr (cal_window_get_visible_section (window), ==, "guides");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
check_table (CalGuidesView *view,
             const char    *band)
{
  CalCatalog *catalog = cal_catalog_get_default ();
  GPtrArray *tracks = cal_catalog_get_tracks (catalog);
  GString *text = g_string_new (NULL);
  g_autofree char *shown = NULL;
  guint n_track_labels = 0;
  guint expected = 0;

  cal_guides_view_show_side_by_side (view, band);
  collect_text (GTK_WIDGET (view), text, "guide-track-name", &n_track_labels);
  shown = g_string_free (text, FALSE);

  for (guint t = 0; t < tracks->len; t++)
    {
      const CalCatalogTrack *track = g_ptr_array_index (tracks, t);

      if (cal_catalog_get_loop (catalog, track->id, band) == NULL)
        continue;
      expected++;
      assert_shows (shown, track->name);
    }

  /* One row per track at the band, no more. */
  g_assert_cmpuint (n_track_labels, ==, expected);
  g_assert_cmpuint (expected, >, 0);
}

static void
test_guides_view_side_by_side (void)
{
  CalCatalog *catalog = cal_catalog_get_default ();
  const char * const *bands = cal_catalog_get_bands (catalog);
  CalGuidesView *view;
  CalWindow *window = create_window (1280, &view);

  cal_window_show_section (window, "guides");
  for (guint b = 0; bands[b] != NULL; b++)
    check_table (view, bands[b]);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Narrow: the same rows, as cards. */
  window = create_window (400, &view);
  cal_window_show_section (window, "guides");
  g_assert_true (cal_section_get_folded (CAL_SECTION (view)));
  check_table (view, "senior");
  check_table (view, "executive");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
export_done (gpointer view)
{
  return !cal_guides_view_get_exporting (view);
}

static void
test_guides_view_export (void)
{
  CalCatalog *catalog = cal_catalog_get_default ();
  GPtrArray *tracks = cal_catalog_get_tracks (catalog);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("calibrd-guides-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "side-by-side.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  CalGuidesView *view;
  CalWindow *window = create_window (1280, &view);
  guint n_tracks = 0;

  g_assert_no_error (error);
  cal_window_show_section (window, "guides");
  cal_guides_view_show_side_by_side (view, "senior");
  cal_guides_view_export_to_file (view, file);
  g_assert_true (cal_guides_view_get_exporting (view));
  iterate_until (export_done, view);
  g_assert_false (cal_guides_view_get_exporting (view));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  document = cal_test_pdf_open (path);
  text = cal_test_pdf_text (document);
  /* Table cells wrap; compare with line breaks as spaces. */
  g_strdelimit (text, "\n\f", ' ');
  g_assert_nonnull (strstr (text, "Role guides side by side: Senior"));
  g_assert_nonnull (strstr (text, "Graded hardest"));
  for (guint t = 0; t < tracks->len; t++)
    {
      const CalCatalogTrack *track = g_ptr_array_index (tracks, t);

      if (cal_catalog_get_loop (catalog, track->id, "senior") == NULL)
        continue;
      if (strstr (text, track->name) == NULL)
        g_error ("%s is missing from the PDF:\n%s", track->name, text);
      n_tracks++;
    }
  g_assert_cmpuint (n_tracks, >=, 20);
  g_assert_nonnull (strstr (text, "product critique"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* A real database in a throwaway folder. */
  dir = g_dir_make_tmp ("calibrd-guides-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "calibrd.db", NULL);
  store = cal_store_open (path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  g_test_add_func ("/guides-view/pairs", test_guides_view_pairs);
  g_test_add_func ("/guides-view/not-applicable", test_guides_view_not_applicable);
  g_test_add_func ("/guides-view/artifact", test_guides_view_artifact);
  g_test_add_func ("/guides-view/side-by-side", test_guides_view_side_by_side);
  g_test_add_func ("/guides-view/export", test_guides_view_export);

  status = g_test_run ();
  g_clear_object (&context);
  return status;
}
