/* fuzz-json-import.c — the portable JSON export read back by an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "cal-fuzz.h"
#include "cal-json-export.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path;
  static CalStore *store;
  g_autoptr(GError) error = NULL;
  CalJsonCounts counts = { { 0 } };
  gboolean ok;

  cal_fuzz_init_once ();

  /* There is no parse-only entry point: the import parses and validates the
   * whole file before it touches the database, so the fuzzer drives the real
   * import into a scratch database. Once one input imports, later valid ones
   * stop at "the database already holds data", after full validation. */
  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("calibrd-fuzz-XXXXXX", NULL);
      g_autofree char *db = NULL;

      g_assert (dir != NULL);
      path = g_build_filename (dir, "export.json", NULL);
      db = g_build_filename (dir, "scratch.db", NULL);
      g_setenv ("XDG_DATA_HOME", dir, TRUE);
      store = cal_store_open (db, &error);
      g_assert_no_error (error);
    }

  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    return 0;

  ok = cal_json_import_read (store, path, &counts, &error);
  g_assert (ok != (error != NULL));
  if (error != NULL)
    g_assert (g_utf8_validate (error->message, -1, NULL));

  return 0;
}
