/*
 * The baseline of the benchmark: reads every *.yaml / *.yml file under the given paths and
 * parses it with libyaml's event parser (yaml_parser_parse until the end of the stream),
 * doing nothing with the events. It walks folders and spreads files over as many threads as
 * cores, as `arusha compare` does, so that the ratio between the two is fair.
 *
 *   cc -O2 -o parse-only Benchmarks/parse-only.c -lyaml -lpthread
 *   ./parse-only FOLDER...
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

static char **paths;
static size_t count, capacity;
static atomic_size_t next_index;
static atomic_size_t events_total, failures;

static int has_yaml_suffix(const char *path) {
  size_t length = strlen(path);
  return (length > 5 && strcmp(path + length - 5, ".yaml") == 0) ||
         (length > 4 && strcmp(path + length - 4, ".yml") == 0);
}

static void add(const char *path) {
  if (count == capacity) {
    capacity = capacity ? capacity * 2 : 1024;
    paths = realloc(paths, capacity * sizeof *paths);
    if (!paths) { perror("realloc"); exit(1); }
  }
  paths[count++] = strdup(path);
}

static int visit(const char *path, const struct stat *info, int type, struct FTW *ftw) {
  (void)info; (void)ftw;
  if (type == FTW_F && has_yaml_suffix(path)) add(path);
  return 0;
}

static void parse_file(const char *path) {
  int descriptor = open(path, O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) { atomic_fetch_add(&failures, 1); return; }
  struct stat info;
  if (fstat(descriptor, &info) != 0) { close(descriptor); atomic_fetch_add(&failures, 1); return; }
  size_t size = (size_t)info.st_size;
  unsigned char *bytes = malloc(size + 1);
  size_t got = 0;
  while (got < size) {
    ssize_t n = read(descriptor, bytes + got, size - got);
    if (n <= 0) break;
    got += (size_t)n;
  }
  close(descriptor);
  yaml_parser_t parser;
  yaml_event_t event;
  size_t events = 0;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, bytes, got);
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) { atomic_fetch_add(&failures, 1); break; }
    int done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    events++;
    if (done) break;
  }
  yaml_parser_delete(&parser);
  free(bytes);
  atomic_fetch_add(&events_total, events);
}

static void *worker(void *unused) {
  (void)unused;
  for (;;) {
    size_t index = atomic_fetch_add(&next_index, 1);
    if (index >= count) return NULL;
    parse_file(paths[index]);
  }
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    struct stat info;
    if (stat(argv[i], &info) == 0 && S_ISDIR(info.st_mode)) nftw(argv[i], visit, 32, FTW_PHYS);
    else add(argv[i]);
  }
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  if (cores < 1) cores = 1;
  pthread_t *threads = calloc((size_t)cores, sizeof *threads);
  for (long i = 0; i < cores; i++) pthread_create(&threads[i], NULL, worker, NULL);
  for (long i = 0; i < cores; i++) pthread_join(threads[i], NULL);
  fprintf(stderr, "parsed %zu files (%zu events, %zu failures) on %ld threads\n", count,
          (size_t)atomic_load(&events_total), (size_t)atomic_load(&failures), cores);
  return atomic_load(&failures) ? 1 : 0;
}
