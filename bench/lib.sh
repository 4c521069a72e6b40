# Shared by the bench scripts; source it from the repository's root.

# The service jar the scripts run.
jar=target/innograph-0.1.0-SNAPSHOT.jar

# Builds the jar when it is missing or older than the sources it is built from, so that a result is never
# of code other than the commit it names.
build_jar() {
  if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main cypher graphql -newer "$jar" -print -quit)" ]; then
    echo "Building $jar ..." >&2
    ./mvnw -q -B -DskipTests package
  fi
}
