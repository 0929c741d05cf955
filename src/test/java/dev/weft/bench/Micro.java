package dev.weft.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * How Weft's JMH benchmarks run (they inherit it): average time in ms, one fork with the app's young
 * generation, 8 warm-up and 8 measured iterations of a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = Micro.YOUNG_GENERATION)
public abstract class Micro {
    /** As the app's launcher sets it (pom.xml, app.young.generation). */
    public static final String YOUNG_GENERATION = "-XX:NewSize=256m";
}
