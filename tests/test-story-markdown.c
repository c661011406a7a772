/* test-story-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cal-interop.h"
#include "cal-store.h"
#include "cal-story-markdown.h"

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("calibrd-md-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->db_path = g_build_filename (f->dir, "calibrd.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
}

static CalStore *
open_store (const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  CalStore *store = cal_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static guint
count_stories (CalStore *store)
{
  g_autoptr(GListModel) stories = cal_store_list_stories (store, NULL);

  return g_list_model_get_n_items (stories);
}

/* A story that exercises every field and every awkward shape of text. */
static CalStory *
make_rich_story (void)
{
  CalStory *story = cal_story_new ();
  g_autoptr(GString) long_text = g_string_new ("Over two years, ");
  const char *tags[] = { "leadership", "conflict: resolution", "日本語", "\"quoted\" tag", "yes", NULL };

  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (long_text, "step %u moved the metric by %u%%; ", i, i % 97);
  g_string_append (long_text, "\n\n\n  indented after three newlines\nlast line with trailing spaces   ");

  cal_story_set_title (story, "Cut p99 latency — “in half” for the Zürich 🚀 team");
  cal_story_set_situation (story,
                           "  Leading spaces stay.\n\nParagraph two after a blank line.\n\n\n"
                           "Two blank lines above.\n# not a heading, a hash line\n\\ starts with a backslash\n"
                           "## Task\nResult: a line that looks like a heading\n");
  cal_story_set_task (story, "");
  cal_story_set_action (story, long_text->str);
  cal_story_set_result (story, "Latency fell from 1.2 s to 480 ms (−60 %).\nעברית и русский, 中文.\n\n");
  cal_story_set_target_level (story, "staff");
  cal_story_set_track (story, "backend-engineer");
  cal_story_set_tags (story, tags);
  cal_story_set_created (story, 1700000000);
  cal_story_set_updated (story, 1700086400);
  return story;
}

static void
assert_same_story (CalStory *a,
                   CalStory *b)
{
  const char * const *ta = cal_story_get_tags (a);
  const char * const *tb = cal_story_get_tags (b);

  g_assert_cmpstr (cal_story_get_title (a), ==, cal_story_get_title (b));
  g_assert_cmpstr (cal_story_get_situation (a), ==, cal_story_get_situation (b));
  g_assert_cmpstr (cal_story_get_task (a), ==, cal_story_get_task (b));
  g_assert_cmpstr (cal_story_get_action (a), ==, cal_story_get_action (b));
  g_assert_cmpstr (cal_story_get_result (a), ==, cal_story_get_result (b));
  g_assert_cmpstr (cal_story_get_target_level (a), ==, cal_story_get_target_level (b));
  g_assert_cmpstr (cal_story_get_track (a), ==, cal_story_get_track (b));
  g_assert_cmpint (cal_story_get_created (a), ==, cal_story_get_created (b));
  g_assert_cmpint (cal_story_get_updated (a), ==, cal_story_get_updated (b));
  g_assert_cmpuint (g_strv_length ((char **) ta), ==, g_strv_length ((char **) tb));
  for (guint i = 0; ta[i] != NULL; i++)
    g_assert_cmpstr (ta[i], ==, tb[i]);
}

static void
test_round_trip_text (void)
{
  g_autoptr(CalStory) story = make_rich_story ();
  g_autoptr(CalStory) back = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = cal_story_to_markdown (story);

  g_assert_true (g_str_has_prefix (markdown, "---\ntarget_level: staff\ntrack: backend-engineer\ntags:\n"));
  g_assert_nonnull (strstr (markdown, "\n# Cut p99 latency"));
  g_assert_nonnull (strstr (markdown, "\n## Situation\n"));
  g_assert_nonnull (strstr (markdown, "\n\\# not a heading"));
  g_assert_nonnull (strstr (markdown, "\n\\## Task\n"));
  g_assert_nonnull (strstr (markdown, "created: 2023-11-14T22:13:20Z\n"));

  back = cal_story_from_markdown (markdown, "fallback", notes, &error);
  g_assert_no_error (error);
  assert_same_story (story, back);
  g_assert_cmpuint (notes->len, ==, 0);

  /* Every part empty is a story too, and stays empty. */
  {
    g_autoptr(CalStory) empty = cal_story_new ();
    g_autoptr(CalStory) empty_back = NULL;
    g_autofree char *md = NULL;

    cal_story_set_title (empty, "Only a title");
    cal_story_set_situation (empty, "\n");
    md = cal_story_to_markdown (empty);
    empty_back = cal_story_from_markdown (md, NULL, NULL, &error);
    g_assert_no_error (error);
    assert_same_story (empty, empty_back);
  }
}

static void
test_round_trip_store (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CalStore) source = open_store (f->dir, "source.db");
  g_autoptr(CalStore) target = open_store (f->dir, "target.db");
  g_autoptr(CalStory) rich = make_rich_story ();
  g_autoptr(CalStory) plain = cal_story_new ();
  g_autoptr(CalStory) same_slug = cal_story_new ();
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "notes", NULL);
  guint n_saved = 0;

  g_assert_true (cal_store_save_story (source, rich, &error));
  cal_story_set_title (plain, "Plain story");
  cal_story_set_situation (plain, "S text");
  cal_story_set_result (plain, "R text");
  g_assert_true (cal_store_save_story (source, plain, &error));
  cal_story_set_title (same_slug, "plain   STORY!");
  g_assert_true (cal_store_save_story (source, same_slug, &error));
  g_assert_no_error (error);

  /* One file per story, named by slug; the clash gets "-2". */
  stored = cal_store_list_stories (source, &error);
  g_assert_true (cal_story_markdown_export (source, NULL, out, &files, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, ==, 3);
  {
    g_autofree char *a = g_build_filename (out, "plain-story.md", NULL);
    g_autofree char *b = g_build_filename (out, "plain-story-2.md", NULL);
    g_autofree char *c = g_build_filename (out, "cut-p99-latency-in-half-for-the-zurich-team.md", NULL);

    g_assert_true (g_file_test (a, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (b, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (c, G_FILE_TEST_IS_REGULAR));
  }

  items = cal_story_import_preview (target, out, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_true (cal_story_import_apply (target, items, &n_saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_saved, ==, 3);

  for (guint i = 0; i < items->len; i++)
    {
      CalStoryImportItem *item = g_ptr_array_index (items, i);
      g_autoptr(CalStory) back = cal_store_get_story (target, cal_story_get_id (item->story), &error);
      g_autoptr(CalStory) original = NULL;

      g_assert_no_error (error);
      g_assert_false (item->renamed);
      for (guint k = 0; k < g_list_model_get_n_items (stored); k++)
        {
          g_autoptr(CalStory) s = g_list_model_get_item (stored, k);

          if (g_str_equal (cal_story_get_title (s), cal_story_get_title (back)))
            original = cal_store_get_story (source, cal_story_get_id (s), &error);
        }
      g_assert_nonnull (original);
      assert_same_story (original, back);
    }
}

static void
test_slug (void)
{
  struct { const char *title, *slug; } cases[] = {
    { "Cut p99 latency — in half!", "cut-p99-latency-in-half" },
    { "Café: crème brûlée", "cafe-creme-brulee" },
    { "日本語のストーリー", "日本語のストーリー" },
    { "  --  ", "story" },
    { "", "story" },
  };
  g_autofree char *long_slug = NULL;
  g_autofree char *long_title = g_strnfill (200, 'a');

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *slug = cal_story_markdown_slug (cases[i].title);

      g_assert_cmpstr (slug, ==, cases[i].slug);
    }
  long_slug = cal_story_markdown_slug (long_title);
  g_assert_cmpuint (g_utf8_strlen (long_slug, -1), ==, 60);
}

static CalStoryImportItem *
item_for (GPtrArray  *items,
          const char *suffix)
{
  for (guint i = 0; i < items->len; i++)
    {
      CalStoryImportItem *item = g_ptr_array_index (items, i);

      if (g_str_has_suffix (item->file, suffix))
        return item;
    }
  g_assert_not_reached ();
}

static gboolean
has_note (CalStoryImportItem *item,
          const char         *text)
{
  for (guint i = 0; i < item->notes->len; i++)
    if (strstr (g_ptr_array_index (item->notes, i), text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_styles (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CalStore) store = open_store (f->dir, "calibrd.db");
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "markdown", NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  CalStoryImportItem *item;
  guint n_saved = 0;

  items = cal_story_import_preview (store, dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 5);
  /* The preview writes nothing. */
  g_assert_cmpuint (count_stories (store), ==, 0);

  /* Obsidian: front matter with a flow list, "### " headings. */
  item = item_for (items, "01-obsidian-h3.md");
  g_assert_null (item->skipped);
  g_assert_cmpstr (item->title, ==, "Payments outage on a Friday night");
  g_assert_cmpstr (cal_story_get_target_level (item->story), ==, "staff");
  g_assert_cmpstr (cal_story_get_tags (item->story)[0], ==, "incident");
  g_assert_cmpstr (cal_story_get_tags (item->story)[1], ==, "leadership");
  g_assert_cmpint (cal_story_get_created (item->story), ==, 1681776000);
  g_assert_true (g_str_has_prefix (cal_story_get_situation (item->story), "Card payments failed"));
  g_assert_nonnull (strstr (cal_story_get_situation (item->story), "\n\nNobody on call"));
  g_assert_true (g_str_has_prefix (cal_story_get_action (item->story), "- I took incident command"));
  g_assert_true (g_str_has_suffix (cal_story_get_result (item->story), "across 63 certificates."));
  g_assert_true (has_note (item, "“aliases”"));
  g_assert_cmpuint (item->notes->len, ==, 1);

  /* "Title:" line and bold single letters. */
  item = item_for (items, "02-bold-letters.md");
  g_assert_cmpstr (item->title, ==, "Mentoring a new hire into on-call");
  g_assert_true (g_str_has_prefix (cal_story_get_situation (item->story), "A new engineer joined"));
  g_assert_cmpstr (cal_story_get_task (item->story), ==, "Get them ready to handle pages on their own within a month.");
  g_assert_true (g_str_has_prefix (cal_story_get_action (item->story), "I paired with them"));
  g_assert_true (g_str_has_prefix (cal_story_get_result (item->story), "They took their first solo shift"));
  g_assert_cmpuint (item->notes->len, ==, 0);

  /* Windows line ends, compound labels, a lead paragraph, no title. */
  item = item_for (items, "03-colon-labels-crlf.md");
  g_assert_cmpstr (item->title, ==, "03-colon-labels-crlf");
  g_assert_null (strchr (cal_story_get_situation (item->story), '\r'));
  g_assert_true (g_str_has_prefix (cal_story_get_situation (item->story), "Our data pipeline was too slow"));
  g_assert_nonnull (strstr (cal_story_get_situation (item->story), "Nightly ETL took seven hours"));
  g_assert_cmpstr (cal_story_get_task (item->story), ==, "Cut the run time enough that reports were ready by 7 am.");
  g_assert_true (g_str_has_prefix (cal_story_get_action (item->story), "I profiled each stage"));
  g_assert_true (g_str_has_prefix (cal_story_get_result (item->story), "The run dropped to 95 minutes"));
  g_assert_true (has_note (item, "file name"));
  g_assert_true (has_note (item, "before the first STAR heading"));

  /* "S:" letters, tags as words, and no Result. */
  item = item_for (items, "04-single-letters.md");
  g_assert_cmpstr (item->title, ==, "Pushing back on a launch date");
  g_assert_cmpstr (cal_story_get_track (item->story), ==, "product-manager");
  g_assert_cmpstr (cal_story_get_tags (item->story)[0], ==, "stakeholders");
  g_assert_cmpstr (cal_story_get_tags (item->story)[1], ==, "communication");
  g_assert_cmpstr (cal_story_get_result (item->story), ==, "");
  g_assert_true (g_str_has_prefix (cal_story_get_action (item->story), "I broke the work down"));
  g_assert_true (has_note (item, "No Result heading was found."));
  g_assert_true (has_note (item, "“mood”"));

  /* Other words for the parts, Unicode everywhere. */
  item = item_for (items, "05-context-impact.md");
  g_assert_cmpstr (item->title, ==, "Réduire la latence p99 ✨ de moitié");
  g_assert_true (g_str_has_prefix (cal_story_get_situation (item->story), "Our search API"));
  g_assert_nonnull (strstr (cal_story_get_situation (item->story), "São Paulo"));
  g_assert_true (g_str_has_prefix (cal_story_get_task (item->story), "Find the cause"));
  g_assert_nonnull (strstr (cal_story_get_action (item->story), "N+1 query"));
  g_assert_true (g_str_has_prefix (cal_story_get_result (item->story), "p99 fell from 1.2 s to 480 ms (−60 %)"));
  g_assert_cmpuint (item->notes->len, ==, 0);

  g_assert_true (cal_story_import_apply (store, items, &n_saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_saved, ==, 5);
  g_assert_cmpuint (count_stories (store), ==, 5);
}

static void
test_title_clash (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CalStore) store = open_store (f->dir, "calibrd.db");
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "markdown", "02-bold-letters.md", NULL);
  g_autoptr(CalStory) existing = cal_story_new ();
  g_autoptr(CalStory) reread = NULL;
  g_autoptr(GError) error = NULL;

  cal_story_set_title (existing, "mentoring a new hire into ON-CALL");
  cal_story_set_situation (existing, "Mine, not to be touched.");
  g_assert_true (cal_store_save_story (store, existing, &error));

  for (guint round = 1; round <= 2; round++)
    {
      g_autoptr(GPtrArray) items = cal_story_import_preview (store, file, &error);
      CalStoryImportItem *item;

      g_assert_no_error (error);
      item = g_ptr_array_index (items, 0);
      g_assert_true (item->renamed);
      g_assert_cmpstr (item->title, ==, round == 1 ? "Mentoring a new hire into on-call (imported)"
                                                    : "Mentoring a new hire into on-call (imported 2)");
      g_assert_true (cal_story_import_apply (store, items, NULL, &error));
      g_assert_no_error (error);
    }

  reread = cal_store_get_story (store, cal_story_get_id (existing), &error);
  g_assert_cmpstr (cal_story_get_title (reread), ==, "mentoring a new hire into ON-CALL");
  g_assert_cmpstr (cal_story_get_situation (reread), ==, "Mine, not to be touched.");
  g_assert_cmpuint (count_stories (store), ==, 3);
}

static void
test_bad_files (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CalStore) store = open_store (f->dir, "calibrd.db");
  g_autofree char *bad_dir = g_build_filename (f->dir, "bad", NULL);
  g_autofree char *plain = g_build_filename (bad_dir, "shopping.md", NULL);
  g_autofree char *binary = g_build_filename (bad_dir, "photo.md", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "nope.md", NULL);
  static const char bytes[] = { '\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n', '\0', '\x01', '\xff' };
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (bad_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (plain, "# Shopping\n\n- milk\n- bread\n\nResults may vary.\n", -1, NULL));
  g_assert_true (g_file_set_contents (binary, bytes, sizeof bytes, NULL));

  items = cal_story_import_preview (store, plain, &error);
  g_assert_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NO_STORY);
  g_assert_nonnull (strstr (error->message, "No STAR headings"));
  g_assert_nonnull (strstr (error->message, "shopping.md"));
  g_assert_null (items);
  g_clear_error (&error);

  items = cal_story_import_preview (store, binary, &error);
  g_assert_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NOT_TEXT);
  g_assert_nonnull (strstr (error->message, "not a text file"));
  g_clear_error (&error);

  items = cal_story_import_preview (store, missing, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A folder of notes none of which is a story: a preview that says
   * why for each, and an import that refuses. */
  items = cal_story_import_preview (store, bad_dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_nonnull (item_for (items, "photo.md")->skipped);
  g_assert_nonnull (item_for (items, "shopping.md")->skipped);
  g_assert_false (cal_story_import_apply (store, items, NULL, &error));
  g_assert_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NO_STORY);

  g_assert_cmpuint (count_stories (store), ==, 0);
}

/* Regression found by fuzz-story-markdown: a front-matter date before 1970
 * reached cal_story_set_created() as a negative time. */
static void
test_date_before_1970 (void)
{
  const char *text =
    "---\ndate: 1011-04-18\nupdated: 1969-12-31\n---\n# Old dates\n\n"
    "## Situation\nA payments outage.\n\n## Result\nPayments were back in minutes.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalStory) story = NULL;

  story = cal_story_from_markdown (text, "fallback", notes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (story);
  g_assert_cmpint (cal_story_get_created (story), ==, 0);
  g_assert_cmpint (cal_story_get_updated (story), ==, 0);
  g_assert_cmpstr (cal_story_get_title (story), ==, "Old dates");
  g_assert_cmpuint (notes->len, >=, 2);
}

static void
test_to_text (void)
{
  g_autoptr(CalStory) story = cal_story_new ();
  g_autofree char *text = NULL;

  cal_story_set_title (story, "Release train");
  cal_story_set_situation (story, "Releases were late.  ");
  cal_story_set_action (story, "I set up a weekly train.");
  cal_story_set_result (story, "Lead time fell by 40%.");
  text = cal_story_to_text (story);
  g_assert_cmpstr (text, ==,
                   "Release train\n\nSituation\nReleases were late.\n\nAction\nI set up a weekly train.\n\n"
                   "Result\nLead time fell by 40%.\n");
}

static void
test_share_texts (void)
{
  g_autofree char *both = cal_share_subject_for_plan ("Staff Engineer", "Acme");
  g_autofree char *none = cal_share_subject_for_plan ("", NULL);
  g_autofree char *company = cal_share_subject_for_prep (NULL, "Acme");
  g_autofree char *body = cal_share_body_for_plan ("Staff Engineer", "Acme");

  g_assert_cmpstr (both, ==, "My first-90-days plan — Staff Engineer, Acme");
  g_assert_cmpstr (none, ==, "My first-90-days plan");
  g_assert_cmpstr (company, ==, "Interview prep sheet — Acme");
  g_assert_nonnull (strstr (body, "(Staff Engineer, Acme)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/story-markdown/round-trip-text", test_round_trip_text);
  g_test_add ("/story-markdown/round-trip-store", Fixture, NULL, fixture_set_up, test_round_trip_store, fixture_tear_down);
  g_test_add_func ("/story-markdown/slug", test_slug);
  g_test_add ("/story-markdown/styles", Fixture, NULL, fixture_set_up, test_styles, fixture_tear_down);
  g_test_add ("/story-markdown/title-clash", Fixture, NULL, fixture_set_up, test_title_clash, fixture_tear_down);
  g_test_add ("/story-markdown/bad-files", Fixture, NULL, fixture_set_up, test_bad_files, fixture_tear_down);
  g_test_add_func ("/story-markdown/to-text", test_to_text);
  g_test_add_func ("/story-markdown/date-before-1970", test_date_before_1970);
  g_test_add_func ("/story-markdown/share-texts", test_share_texts);

  return g_test_run ();
}
