/* bench-jd.c — accuracy and speed of the JD analyzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * (a) Accuracy per field over tests/data/jds/expected.json. A level one
 *     rung away on the same ladder, or a JD correctly flagged as spanning
 *     several levels, counts half. JDs whose expected level is null (the
 *     posting states none) are left out of the level score and listed.
 * (b) Speed: median time for a 10 KB JD, and times at 10 KB, 100 KB and
 *     1 MB to show that the analyzer grows linearly.
 *
 * It prints figures and never fails on slowness.
 */

#include "config.h"

#include <stdlib.h>
#include <json-glib/json-glib.h>

#include "cal-bench.h"
#include "cal-catalog.h"
#include "cal-jd-analyzer.h"
#include "cal-text-extract.h"

typedef struct
{
  const char *name;
  double      score;
  guint       total;
} Field;

static const char *
str_member (JsonObject *o,
            const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (n);
}

static int
int_member (JsonObject *o,
            const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return -1;
  return json_node_get_int (n);
}

static double
level_score (CalCatalog    *catalog,
             CalJdAnalysis *analysis,
             const char    *expected,
             gboolean       multi_level)
{
  const char *got = cal_jd_analysis_get_level (analysis);
  const CalCatalogLevel *a, *b;
  const char * const *alternatives = cal_jd_analysis_get_level_alternatives (analysis);

  if (g_strcmp0 (got, expected) == 0)
    return 1.0;
  if (multi_level && alternatives[0] != NULL &&
      g_strv_contains (alternatives, expected))
    return 0.5;
  a = cal_catalog_get_level (catalog, got);
  b = cal_catalog_get_level (catalog, expected);
  if (a != NULL && b != NULL && g_strcmp0 (a->ladder, b->ladder) == 0 && ABS (a->rank - b->rank) == 1)
    return 0.5;
  return 0.0;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_ascii_strcasecmp (a, b) == 0;
}

static void
accuracy (CalJdAnalyzer *analyzer,
          const char    *dir)
{
  g_autofree char *path = g_build_filename (dir, "expected.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  CalCatalog *catalog = cal_jd_analyzer_get_catalog (analyzer);
  Field fields[] = { { "track" }, { "level" }, { "company" }, { "remote" }, { "years_min" }, { "title" } };
  JsonArray *cases;
  GString *misses = g_string_new (NULL);

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_printerr ("bench-jd: %s\n", error->message);
      exit (1);
    }
  cases = json_node_get_array (json_parser_get_root (parser));

  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *e = json_array_get_object_element (cases, i);
      const char *file = str_member (e, "file");
      g_autofree char *jd_path = g_build_filename (dir, file, NULL);
      g_autofree char *contents = NULL;
      gsize length;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(CalJdAnalysis) analysis = NULL;
      g_autoptr(GError) local_error = NULL;
      const char *expected_level = str_member (e, "level");
      JsonNode *multi = json_object_get_member (e, "multi_level");
      gboolean multi_level = multi != NULL && JSON_NODE_HOLDS_VALUE (multi) && json_node_get_boolean (multi);
      double s;

      if (!g_file_get_contents (jd_path, &contents, &length, &local_error))
        {
          g_print ("  %s: %s\n", file, local_error->message);
          continue;
        }
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      analysis = cal_jd_analyzer_analyze_bytes (analyzer, bytes, file, &local_error);
      if (analysis == NULL)
        {
          g_print ("  %s: %s\n", file, local_error->message);
          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            fields[f].total++;
          continue;
        }

#define CHECK(idx, ok, got, want) \
      G_STMT_START { \
        fields[idx].total++; \
        if (ok) fields[idx].score += 1.0; \
        else g_string_append_printf (misses, "  %-44s %-9s got %-28s want %s\n", file, fields[idx].name, \
                                     (got) ? (got) : "null", (want) ? (want) : "null"); \
      } G_STMT_END

      CHECK (0, g_strcmp0 (cal_jd_analysis_get_track (analysis), str_member (e, "track")) == 0,
             cal_jd_analysis_get_track (analysis), str_member (e, "track"));
      if (expected_level != NULL)
        {
          s = level_score (catalog, analysis, expected_level, multi_level);
          fields[1].total++;
          fields[1].score += s;
          if (s < 1.0)
            g_string_append_printf (misses, "  %-44s %-9s got %-28s want %s (%.1f)\n", file, "level",
                                    cal_jd_analysis_get_level (analysis), expected_level, s);
        }
      else
        g_string_append_printf (misses, "  %-44s %-9s got %s (confidence %.2f), no level stated: not scored\n",
                                file, "level", cal_jd_analysis_get_level (analysis),
                                cal_jd_analysis_get_level_confidence (analysis));
      CHECK (2, same_text (cal_jd_analysis_get_company (analysis), str_member (e, "company")),
             cal_jd_analysis_get_company (analysis), str_member (e, "company"));
      CHECK (3, g_strcmp0 (cal_jd_analysis_get_remote (analysis), str_member (e, "remote")) == 0,
             cal_jd_analysis_get_remote (analysis), str_member (e, "remote"));
      {
        g_autofree char *got = g_strdup_printf ("%d", cal_jd_analysis_get_years_min (analysis));
        g_autofree char *want = g_strdup_printf ("%d", int_member (e, "years_min"));
        CHECK (4, cal_jd_analysis_get_years_min (analysis) == int_member (e, "years_min"), got, want);
      }
      CHECK (5, same_text (cal_jd_analysis_get_title (analysis), str_member (e, "title")),
             cal_jd_analysis_get_title (analysis), str_member (e, "title"));
#undef CHECK
    }

  cal_bench_note ("jd", "accuracy over %u files (%s); misses:\n%s", json_array_get_length (cases), path,
                  misses->len > 0 ? misses->str : "  none\n");
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      g_autofree char *measure = g_strdup_printf ("accuracy: %s (%u JDs)", fields[f].name, fields[f].total);
      const char *target = f == 0 || f == 2 ? ">= 90" : f == 1 ? ">= 85" : NULL;

      cal_bench_value ("jd", measure, fields[f].total > 0 ? 100.0 * fields[f].score / fields[f].total : 0.0,
                       "%", target);
    }
  g_string_free (misses, TRUE);
}

static char *
make_jd (gsize target)
{
  static const char *paragraphs[] = {
    "# Senior Backend Engineer\n\nAcme is hiring a Senior Backend Engineer to join our payments team. This is a fully remote role.\n\n",
    "## Responsibilities\n\n- Design and build services in Go and Python that handle millions of payments a day.\n- Work with product managers, designers and customers to shape the roadmap.\n- Mentor engineers and lead projects across teams.\n\n",
    "## Requirements\n\n- 5+ years of professional experience building backend systems.\n- Strong knowledge of PostgreSQL, Kafka and Kubernetes.\n- Experience with AWS and Terraform.\n\n",
    "## Nice to have\n\n- Experience with Rust or gRPC is a plus.\n- Familiarity with fraud detection.\n\n",
  };
  GString *s = g_string_sized_new (target + 512);
  guint i = 0;

  while (s->len < target)
    g_string_append (s, paragraphs[i++ % G_N_ELEMENTS (paragraphs)]);
  /* The text is ASCII, so any byte is a character boundary. */
  g_string_truncate (s, target);
  return g_string_free (s, FALSE);
}

static double
time_once (CalJdAnalyzer *analyzer,
           const char    *text)
{
  gint64 start = cal_bench_now ();
  g_autoptr(CalJdAnalysis) analysis = cal_jd_analyzer_analyze (analyzer, text, NULL, NULL);

  if (analysis == NULL)
    g_error ("the analyzer failed on a generated JD");
  return cal_bench_ms_since (start);
}

/* A 10 KB JD, and 100 KB and 1 MB ones to show that the analyzer grows
 * linearly: the MB/s should stay about the same. */
static void
speed (CalJdAnalyzer *analyzer)
{
  const struct { gsize size; guint runs; const char *name; } sizes[] = {
    { 10 * 1024, 101, "10 KB" }, { 100 * 1024, 21, "100 KB" }, { 1024 * 1024, 5, "1 MB" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autofree char *text = make_jd (sizes[k].size);
      g_autoptr(CalBenchSamples) ms = cal_bench_samples_new ();
      g_autofree char *measure = NULL;
      double median;

      time_once (analyzer, text);   /* warm caches */
      for (guint r = 0; r < sizes[k].runs; r++)
        cal_bench_samples_add (ms, time_once (analyzer, text));
      median = cal_bench_samples_median (ms);
      if (k == 0)
        cal_bench_row ("jd", "analyse a 10 KB JD", ms, "ms", "< 5");
      /* A rate's p95 would be its fast end, so the throughput is one
       * figure: the size over the median time. */
      measure = g_strdup_printf ("throughput, %s JD (%u runs)", sizes[k].name, sizes[k].runs);
      cal_bench_value ("jd", measure, (sizes[k].size / 1048576.0) / (median / 1000.0), "MB/s", NULL);
    }
}

/* The shipped job descriptions as they are: real structure, real length. */
static void
corpus_speed (CalJdAnalyzer *analyzer,
              const char    *dir_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CalBenchSamples) ms = cal_bench_samples_new ();
  g_autofree char *measure = NULL;
  gsize bytes = 0;
  const char *name;

  if (dir == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_ascii_isdigit (name[0]))
      {
        g_autofree char *path = g_build_filename (dir_path, name, NULL);
        char *text;
        gsize length;

        if (!g_file_get_contents (path, &text, &length, &error))
          g_error ("%s", error->message);
        bytes += length;
        g_ptr_array_add (texts, text);
      }

  for (guint run = 0; run < 11; run++)
    {
      gint64 start = cal_bench_now ();

      for (guint i = 0; i < texts->len; i++)
        {
          g_autoptr(CalJdAnalysis) analysis = cal_jd_analyzer_analyze (analyzer, texts->pdata[i], NULL, NULL);

          if (analysis == NULL)
            g_error ("the analyzer failed on a shipped JD");
        }
      cal_bench_samples_add (ms, cal_bench_ms_since (start));
    }
  measure = g_strdup_printf ("throughput, %u real JDs (%.1f KB each)", texts->len, bytes / 1024.0 / texts->len);
  cal_bench_value ("jd", measure, (bytes / 1048576.0) / (cal_bench_samples_median (ms) / 1000.0), "MB/s", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJdAnalyzer) analyzer = NULL;
  const char *srcdir = g_getenv ("CALIBRD_SOURCE_DIR");
  g_autofree char *dir = NULL;

  analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);
  if (analyzer == NULL)
    {
      g_printerr ("bench-jd: %s\n", error->message);
      return 1;
    }

  dir = argc > 1 ? g_strdup (argv[1])
                 : g_build_filename (srcdir != NULL ? srcdir : SOURCE_DIR, "tests", "data", "jds", NULL);
  accuracy (analyzer, dir);
  speed (analyzer);
  corpus_speed (analyzer, dir);
  return 0;
}
