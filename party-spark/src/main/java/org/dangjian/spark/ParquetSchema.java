package org.dangjian.spark;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.RecordCodec;

/**
 * The Parquet columns of a record kind: the contract's fields by party-model's own list of them
 * ({@link RecordCodec#fields}), so that a row read back as JSON is the record it was. Dates,
 * months and enum words stay text as in the contract; whole numbers are longs, other numbers
 * doubles, lists of ids arrays, a nested object a struct.
 */
final class ParquetSchema {

    private ParquetSchema() {
    }

    /** The columns of {@code kind}. */
    static StructType of(RecordKind kind) {
        return struct(RecordCodec.fields(kind));
    }

    private static StructType struct(List<RecordCodec.Field> fields) {
        StructType t = new StructType();
        for (RecordCodec.Field f : fields) {
            t = t.add(f.name(), type(f), !f.required());
        }
        return t;
    }

    private static DataType type(RecordCodec.Field f) {
        return switch (f.type()) {
            case STRING, DATE, MONTH, ENUM -> DataTypes.StringType;
            case INT -> DataTypes.LongType;
            case NUMBER -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType);
            case OBJECT -> struct(f.nested());
        };
    }
}
