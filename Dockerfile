# Builds the service jar and runs it. Used by docker-compose.yml for users who have Docker.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY cypher cypher
COPY graphql graphql
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/innograph-*.jar innograph.jar
EXPOSE 8080
# Heap sized for a small machine, as ./start does; the container also stops within the request deadline.
ENTRYPOINT ["java", "-Xmx2g", "-jar", "/app/innograph.jar"]
