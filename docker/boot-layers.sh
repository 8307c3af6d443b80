#!/bin/sh
# Extracts a module's Spring Boot executable jar into its layers (dependencies, spring-boot-loader,
# snapshot-dependencies, application), which docker/Dockerfile copies one by one: dependencies change rarely, the
# application on every build, so separate layers keep rebuilds and pulls small.
#
# Usage: boot-layers.sh <module directory> <destination>
set -eu

if [ "$#" -ne 2 ]; then
  echo "usage: boot-layers.sh <module directory> <destination>" >&2
  exit 2
fi
module="$1"
destination="$2"

# The executable jar is the one with a layer index. Looking for it (rather than for a file name) works whether the
# repackage replaces the module's main artifact or is attached under a classifier next to the plain jar.
boot_jar=""
for jar in "$module"/target/*.jar; do
  [ -f "$jar" ] || continue
  if jar tf "$jar" | grep -qx 'BOOT-INF/layers.idx'; then
    if [ -n "$boot_jar" ]; then
      echo "more than one Spring Boot executable jar in $module/target: $boot_jar and $jar" >&2
      exit 1
    fi
    boot_jar="$jar"
  fi
done
if [ -z "$boot_jar" ]; then
  echo "no Spring Boot executable jar in $module/target: the module needs spring-boot-maven-plugin (goal repackage)" >&2
  exit 1
fi

# The extracted launcher jar keeps the name of the jar it came from; the image starts "application.jar".
work="$(mktemp -d)"
cp "$boot_jar" "$work/application.jar"
echo "extracting $boot_jar"
java -Djarmode=tools -jar "$work/application.jar" extract --layers --destination "$destination"
# A layer without content (no SNAPSHOT dependency, say) may get no directory, but the Dockerfile copies all of them.
for layer in $(java -Djarmode=tools -jar "$work/application.jar" list-layers); do
  mkdir -p "$destination/$layer"
done
rm -rf "$work"
