fn drain(&mut self) -> impl Iterator<Item = u32> + '_ {
    #[allow(clippy::large_enum_variant)]
    enum __State<T0, T1> {
        Unresumed { __self: T0 },
        Suspend0 { self_1: T1 },
        Returned,
    }
    let mut __state = __State::Unresumed { __self: self };
    ::gen_core::__private::Gen::new::<
        u32,
    >(move || {
        match ::gen_core::__private::replace(&mut __state, __State::Returned) {
            #[allow(unused_labels)]
            __State::Unresumed { __self } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        #[allow(unused_mut)]
                        let __self = __self;
                        '__exit1: {
                            if let Some(x) = __self.items.pop() {
                                {
                                    let __value = ::gen_core::__private::item::<u32>(x);
                                    __next = ::gen_core::__private::same(
                                        &__state,
                                        __State::Suspend0 {
                                            self_1: __self,
                                        },
                                    );
                                    __out = ::gen_core::__private::Some(__value);
                                    break '__step0;
                                };
                            } else {
                                break '__exit1;
                            };
                        }
                    }
                    return ::gen_core::__private::None;
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            __State::Suspend0 { self_1 } => {
                let __out;
                let __next;
                '__step0: {
                    {
                        #[allow(unused_mut, unused_variables)]
                        let __self = self_1;
                        {
                            { {} }
                            '__exit4: {
                                if let Some(x) = __self.items.pop() {
                                    {
                                        let __value = ::gen_core::__private::item::<u32>(x);
                                        __next = ::gen_core::__private::same(
                                            &__state,
                                            __State::Suspend0 {
                                                self_1: __self,
                                            },
                                        );
                                        __out = ::gen_core::__private::Some(__value);
                                        break '__step0;
                                    };
                                } else {
                                    break '__exit4;
                                };
                            }
                        }
                    }
                    return ::gen_core::__private::None;
                }
                ::gen_core::__private::set(&mut __state, __next);
                __out
            }
            __State::Returned => ::gen_core::__private::None,
        }
    })
}
