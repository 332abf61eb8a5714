package pbi.dao.mapper;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * MyBatis's object factory with the constructors of result types cached. The default factory looks the
 * constructor up by reflection for every row it maps; for a bot with 120 rows that lookup was a large part of the
 * client-side cost of a load.
 */
public final class RecordObjectFactory extends DefaultObjectFactory {

    private static final long serialVersionUID = 1L;
    private final transient Map<Key, Constructor<?>> constructors = new ConcurrentHashMap<>();

    @Override
    public <T> T create(Class<T> type, List<Class<?>> argTypes, List<Object> args) {
        if (argTypes == null || argTypes.isEmpty()) {
            return super.create(type, argTypes, args);
        }
        Constructor<?> constructor = constructors.computeIfAbsent(new Key(type, List.copyOf(argTypes)), key -> {
            try {
                return type.getDeclaredConstructor(argTypes.toArray(new Class<?>[0]));
            } catch (NoSuchMethodException e) {
                throw new ExecutorException("No constructor " + key + " on " + type.getName(), e);
            }
        });
        try {
            return type.cast(constructor.newInstance(args.toArray()));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new ExecutorException("Cannot create " + type.getName() + " from " + args, e);
        }
    }

    private record Key(Class<?> type, List<Class<?>> argTypes) {
    }
}
