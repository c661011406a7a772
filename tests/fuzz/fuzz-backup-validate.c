/* fuzz-backup-validate.c — the check a backup passes before a restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "cal-backup.h"
#include "cal-fuzz.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path;
  g_autoptr(GError) error = NULL;
  int version = 0;
  gboolean valid;

  cal_fuzz_init_once ();

  /* The validator reads a file the user picked; the fuzzer's bytes become
   * that file. */
  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("calibrd-fuzz-XXXXXX", NULL);

      g_assert (dir != NULL);
      path = g_build_filename (dir, "backup.calibrd", NULL);
    }

  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    return 0;

  valid = cal_backup_validate (path, &version, &error);
  g_assert (valid != (error != NULL));

  return 0;
}
