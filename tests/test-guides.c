/* test-guides.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The role guides against the real catalog: every track × level that
 * applies has every part, nothing is empty, and the side-by-side table has a
 * row for every track in every band it has a loop for.
 */

#include "config.h"

#include <string.h>

#include "cal-guide.h"

static CalCatalog *
catalog (void)
{
  CalCatalog *catalog = cal_catalog_get_default ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cal_catalog_load (catalog, &error));
  g_assert_no_error (error);
  return catalog;
}

static guint
count_lines (const char *text)
{
  guint n = 1;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
assert_text (const char *text,
             const char *what,
             const char *track,
             const char *level)
{
  if (text == NULL || *text == '\0')
    g_error ("%s × %s: %s is empty", track, level, what);
  /* A sentence, not a placeholder. */
  if (strlen (text) < 20)
    g_error ("%s × %s: %s is too short to be useful: “%s”", track, level, what, text);
}

static void
assert_complete (CalGuide *guide)
{
  const char *track = cal_guide_get_track_id (guide);
  const char *level = cal_guide_get_level_id (guide);
  CalCatalog *cat = catalog ();
  GPtrArray *rounds = cal_guide_get_rounds (guide);
  GPtrArray *loop;
  gboolean focus_in_loop = FALSE;
  int minutes = 0;

  g_assert_cmpstr (cal_guide_get_track_name (guide), ==, cal_catalog_get_track (cat, track)->name);
  g_assert_cmpstr (cal_guide_get_level_name (guide), ==, cal_catalog_get_level (cat, level)->name);
  g_assert_cmpstr (cal_guide_get_band_id (guide), ==, cal_catalog_get_band_for_level (cat, level));
  g_assert_nonnull (cal_guide_get_band_name (guide));
  g_assert_cmpstr (cal_guide_get_band_name (guide), !=, cal_guide_get_band_id (guide));

  assert_text (cal_guide_get_owns (guide), "owns", track, level);
  g_assert_cmpstr (cal_guide_get_horizon (guide), !=, "");
  g_assert_nonnull (cal_guide_get_scope (guide));
  assert_text (cal_guide_get_influence (guide), "influence", track, level);
  assert_text (cal_guide_get_vs_below (guide), "vs below", track, level);
  assert_text (cal_guide_get_vs_above (guide), "vs above", track, level);
  assert_text (cal_guide_get_hidden_bar_title (guide), "hidden bar title", track, level);
  assert_text (cal_guide_get_hidden_bar (guide), "hidden bar", track, level);
  assert_text (cal_guide_get_artifact_title (guide), "artifact title", track, level);
  assert_text (cal_guide_get_artifact (guide), "artifact", track, level);
  assert_text (cal_guide_get_framing_before (guide), "framing before", track, level);
  assert_text (cal_guide_get_framing_after (guide), "framing after", track, level);
  assert_text (cal_guide_get_framing_why (guide), "framing why", track, level);
  assert_text (cal_guide_get_hardest (guide), "graded hardest", track, level);
  assert_text (cal_guide_get_track_artifact (guide), "track artifact", track, level);
  g_assert_cmpstr (cal_guide_get_framing_before (guide), !=, cal_guide_get_framing_after (guide));
  g_assert_nonnull (cal_guide_get_signals (guide));
  g_assert_cmpuint (g_strv_length ((GStrv) cal_guide_get_signals (guide)), >, 0);

  g_assert_nonnull (cal_catalog_get_round_kind (cat, cal_guide_get_focus_kind (guide)));
  g_assert_cmpstr (cal_guide_get_focus_name (guide), ==,
                   cal_catalog_get_round_kind (cat, cal_guide_get_focus_kind (guide))->name);

  /* The loop is the catalog's, round for round. */
  loop = cal_catalog_get_loop (cat, track, cal_guide_get_band_id (guide));
  g_assert_nonnull (loop);
  g_assert_cmpuint (rounds->len, ==, loop->len);
  for (guint i = 0; i < rounds->len; i++)
    {
      CalGuideRound *round = g_ptr_array_index (rounds, i);
      const CalCatalogLoopRound *source = g_ptr_array_index (loop, i);

      g_assert_cmpstr (round->kind, ==, source->kind);
      g_assert_nonnull (cal_catalog_get_round_kind (cat, round->kind));
      g_assert_cmpint (round->minutes, >, 0);
      g_assert_cmpstr (round->title, !=, "");
      g_assert_nonnull (round->kind_name);
      /* tracks.json words these; only their presence is checked here. */
      g_assert_cmpstr (round->tests, !=, "");
      g_assert_cmpstr (round->strong, !=, "");
      assert_text (round->strong_general, "round kind strong answer", track, level);
      minutes += round->minutes;
      if (round->focus)
        {
          g_assert_cmpstr (round->kind, ==, cal_guide_get_focus_kind (guide));
          focus_in_loop = TRUE;
        }
    }
  g_assert_cmpint (cal_guide_get_total_minutes (guide), ==, minutes);
  /* The round to prepare most is one the candidate will actually sit. */
  if (!focus_in_loop)
    g_error ("%s × %s: the focus round %s is not in the loop", track, level, cal_guide_get_focus_kind (guide));
}

static void
test_guides_every_pair (void)
{
  CalCatalog *cat = catalog ();
  GPtrArray *tracks = cal_catalog_get_tracks (cat);
  GPtrArray *levels = cal_catalog_get_levels (cat);
  g_autoptr(GHashTable) levels_covered = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_guides = 0;

  g_assert_cmpuint (tracks->len, >=, 27);
  g_assert_cmpuint (levels->len, ==, 12);

  for (guint t = 0; t < tracks->len; t++)
    {
      const CalCatalogTrack *track = g_ptr_array_index (tracks, t);
      guint n_for_track = 0;

      for (guint l = 0; l < levels->len; l++)
        {
          const CalCatalogLevel *level = g_ptr_array_index (levels, l);
          const char *band = cal_catalog_get_band_for_level (cat, level->id);
          g_autoptr(GError) error = NULL;
          g_autoptr(CalGuide) guide = cal_guide_new (cat, track->id, level->id, &error);

          if (cal_catalog_get_loop (cat, track->id, band) == NULL)
            {
              /* A pair that does not apply says so, and names what does. */
              g_assert_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_NOT_APPLICABLE);
              g_assert_null (guide);
              g_assert_false (cal_guide_applies (cat, track->id, level->id));
              g_assert_nonnull (strstr (error->message, track->name));
              continue;
            }

          g_assert_no_error (error);
          g_assert_nonnull (guide);
          g_assert_true (cal_guide_applies (cat, track->id, level->id));
          assert_complete (guide);
          g_hash_table_add (levels_covered, level->id);
          n_for_track++;
          n_guides++;
        }

      /* Every track has guides, and on the ladder it belongs to. */
      g_assert_cmpuint (n_for_track, >, 0);
      g_assert_true (cal_guide_applies (cat, track->id,
                                        g_strcmp0 (track->ladder, "management") == 0 ? "manager" : "senior"));
    }

  g_assert_cmpuint (g_hash_table_size (levels_covered), ==, levels->len);
  g_test_message ("%u guides", n_guides);
  g_assert_cmpuint (n_guides, >=, 27 * 2);
}

static void
test_guides_ladders (void)
{
  CalCatalog *cat = catalog ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CalGuide) em_senior = cal_guide_new (cat, "engineering-manager", "senior", &error);
  g_autoptr(CalGuide) swe_director = NULL;
  g_autoptr(GPtrArray) swe_levels = cal_guide_list_levels (cat, "software-engineer");
  g_autoptr(GPtrArray) em_levels = cal_guide_list_levels (cat, "engineering-manager");

  g_assert_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_NOT_APPLICABLE);
  g_assert_null (em_senior);
  g_assert_nonnull (strstr (error->message, "management role"));
  g_assert_nonnull (strstr (error->message, "Director"));
  g_clear_error (&error);

  swe_director = cal_guide_new (cat, "software-engineer", "director", &error);
  g_assert_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_NOT_APPLICABLE);
  g_assert_nonnull (strstr (error->message, "individual-contributor"));
  g_clear_error (&error);

  g_assert_cmpuint (swe_levels->len, ==, 7);
  g_assert_cmpuint (em_levels->len, ==, 5);
  for (guint i = 0; i < swe_levels->len; i++)
    g_assert_cmpstr (((CalCatalogLevel *) g_ptr_array_index (swe_levels, i))->ladder, ==, "ic");
  for (guint i = 0; i < em_levels->len; i++)
    g_assert_cmpstr (((CalCatalogLevel *) g_ptr_array_index (em_levels, i))->ladder, ==, "management");

  g_assert_null (cal_guide_new (cat, "astronaut", "senior", &error));
  g_assert_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_UNKNOWN_TRACK);
  g_clear_error (&error);
  g_assert_null (cal_guide_new (cat, "software-engineer", "wizard", &error));
  g_assert_error (error, CAL_GUIDE_ERROR, CAL_GUIDE_ERROR_UNKNOWN_LEVEL);
}

static void
test_guides_content (void)
{
  CalCatalog *cat = catalog ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CalGuide) senior = cal_guide_new (cat, "software-engineer", "senior", &error);
  g_autoptr(CalGuide) director = cal_guide_new (cat, "engineering-manager", "director", &error);
  g_autoptr(CalGuide) manager = cal_guide_new (cat, "engineering-manager", "manager", &error);
  g_autoptr(CalGuide) vp = cal_guide_new (cat, "engineering-manager", "vp", &error);
  g_autoptr(CalGuide) staff = cal_guide_new (cat, "backend-engineer", "staff", &error);
  g_autoptr(CalGuide) pm = cal_guide_new (cat, "product-manager", "senior", &error);
  g_autoptr(CalGuide) junior = cal_guide_new (cat, "data-engineer", "junior", &error);

  g_assert_no_error (error);

  /* The neighbours come from the ladder. */
  g_assert_cmpstr (cal_guide_get_below_name (senior), ==, "Mid-level");
  g_assert_cmpstr (cal_guide_get_above_name (senior), ==, "Staff");
  g_assert_cmpstr (cal_guide_get_below_name (director), ==, "Senior manager");
  g_assert_null (cal_guide_get_below_name (manager));
  g_assert_cmpstr (cal_guide_get_band_name (staff), ==, "Staff and above");

  /* The hidden bars the issue names. */
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar_title (manager), "IC-to-manager"));
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar (manager), "management wins"));
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar_title (director), "first-90-days plan"));
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar_title (director), "priority by priority"));
  g_assert_cmpint (cal_guide_get_artifact_kind (director), ==, CAL_GUIDE_ARTIFACT_PLAN);
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar_title (vp), "Board and CEO"));
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar (vp), "executive updates"));
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar (vp), "ambiguity"));
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar_title (staff), "Org-level change"));
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar_title (staff), "multi-year bets"));
  g_assert_nonnull (strstr (cal_guide_get_hidden_bar_title (junior), "what the work changed"));

  /* What each track grades hardest, and the round to prepare for it. */
  g_assert_cmpstr (cal_guide_get_focus_kind (pm), ==, "product-sense");
  g_assert_nonnull (strstr (cal_guide_get_track_artifact (pm), "product critique"));
  g_assert_cmpstr (cal_guide_get_focus_kind (senior), ==, "system-design");
  g_assert_cmpint (cal_guide_get_artifact_kind (manager), ==, CAL_GUIDE_ARTIFACT_STORY);
  g_assert_cmpint (cal_guide_get_artifact_kind (vp), ==, CAL_GUIDE_ARTIFACT_PRACTICE);

  /* The general advice for a round kind is distinct from the track's. */
  for (guint i = 0; i < cal_guide_get_rounds (senior)->len; i++)
    {
      CalGuideRound *round = g_ptr_array_index (cal_guide_get_rounds (senior), i);

      if (g_str_equal (round->kind, "system-design"))
        {
          g_assert_true (round->focus);
          g_assert_nonnull (strstr (round->strong_general, "Drives it"));
          g_assert_cmpstr (round->strong, !=, round->strong_general);
        }
      else
        g_assert_false (round->focus);
    }
}

static void
test_guides_side_by_side (void)
{
  CalCatalog *cat = catalog ();
  const char * const *bands = cal_catalog_get_bands (cat);
  GPtrArray *tracks = cal_catalog_get_tracks (cat);
  guint n_rows = 0;

  g_assert_cmpuint (g_strv_length ((GStrv) bands), ==, 6);

  for (guint b = 0; bands[b] != NULL; b++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = cal_guide_side_by_side (cat, bands[b], &error);
      guint expected = 0;
      guint r = 0;

      g_assert_no_error (error);
      g_assert_nonnull (rows);
      g_assert_nonnull (cal_guide_lookup_band_name (cat, bands[b]));

      /* One row per track with a loop at this band, in catalog order. */
      for (guint t = 0; t < tracks->len; t++)
        {
          const CalCatalogTrack *track = g_ptr_array_index (tracks, t);
          CalGuideRow *row;
          g_autofree char *rounds = NULL;

          if (cal_catalog_get_loop (cat, track->id, bands[b]) == NULL)
            continue;
          expected++;
          g_assert_cmpuint (r, <, rows->len);
          row = g_ptr_array_index (rows, r++);
          g_assert_cmpstr (row->track_id, ==, track->id);
          g_assert_cmpstr (row->band_id, ==, bands[b]);
          assert_text (row->hardest, "row hardest", track->id, bands[b]);
          assert_text (row->artifact, "row artifact", track->id, bands[b]);
          g_assert_nonnull (cal_catalog_get_round_kind (cat, row->focus_kind));
          g_assert_cmpuint (row->rounds->len, ==, cal_catalog_get_loop (cat, track->id, bands[b])->len);
          g_assert_cmpint (row->minutes, >, 0);
          rounds = cal_guide_row_format_rounds (row);
          g_assert_nonnull (strstr (rounds, " min"));
          g_assert_cmpuint (count_lines (rounds), ==, row->rounds->len);
        }
      g_assert_cmpuint (rows->len, ==, expected);
      g_assert_cmpuint (expected, >, 0);
      n_rows += rows->len;
    }

  /* Every loop of every track is a row somewhere. */
  {
    guint n_loops = 0;

    for (guint t = 0; t < tracks->len; t++)
      n_loops += g_hash_table_size (((CalCatalogTrack *) g_ptr_array_index (tracks, t))->loops);
    g_assert_cmpuint (n_rows, ==, n_loops);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guides/every-pair", test_guides_every_pair);
  g_test_add_func ("/guides/ladders", test_guides_ladders);
  g_test_add_func ("/guides/content", test_guides_content);
  g_test_add_func ("/guides/side-by-side", test_guides_side_by_side);

  return g_test_run ();
}
